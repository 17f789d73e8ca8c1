package dev.flock.query.web;

import dev.flock.query.paging.Page;
import dev.flock.query.paging.PageRequest;
import dev.flock.query.views.PostItem;
import dev.flock.query.views.follows.FollowQueries;
import dev.flock.query.views.posts.PostQueries;
import dev.flock.query.views.profiles.Profiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/users/{u}/posts}: an author's posts, newest first; {@code GET /api/users/{u}/posts/{id}}: one
 * of them (where the command side's {@code Location} points). A protected account's are for its followers only.
 */
@Tag(name = "Posts")
@RestController
class PostController {

    private final Readers readers;
    private final PostQueries posts;

    PostController(Readers readers, PostQueries posts) {
        this.readers = readers;
        this.posts = posts;
    }

    @ConsistentRead({Profiles.VIEW, FollowQueries.VIEW, PostQueries.VIEW})
    @GetMapping("/api/users/{username}/posts")
    @Operation(summary = "The user's own posts, newest first")
    @ApiResponse(responseCode = "200", description = "A page of posts",
            useReturnTypeSchema = true, content = @Content(examples = @ExampleObject("""
                    {"items": [{"id": "0f8e3c1a-5b7d-4c2e-9a61-2d4f8b9c0e17", "author": "susan", "body": "hi all",
                        "publishedAt": "2026-11-22T09:15:02.417Z"}], "next": "MTc2Mzgw..."}""")))
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "401", ref = "Unauthorized", description = "A protected account, and no token")
    @ApiResponse(responseCode = "403", ref = "Forbidden",
            description = "A protected account, and the token is not its own or a follower's")
    ResponseEntity<Page<PostItem>> posts(@PathVariable String username, PageRequest page,
                                         @AuthenticationPrincipal Jwt token) {
        return posts.byAuthor(readers.readable(username, token).userId(), page).toResponse(page);
    }

    @ConsistentRead({Profiles.VIEW, FollowQueries.VIEW, PostQueries.VIEW})
    @GetMapping("/api/users/{username}/posts/{id}")
    @Operation(summary = "One post (where a publish's `Location` points)")
    @ApiResponse(responseCode = "200", description = "The post",
            useReturnTypeSchema = true, content = @Content(examples = @ExampleObject("""
                    {"id": "0f8e3c1a-5b7d-4c2e-9a61-2d4f8b9c0e17", "author": "susan", "body": "hi all",
                        "publishedAt": "2026-11-22T09:15:02.417Z"}""")))
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "401", ref = "Unauthorized", description = "A protected account, and no token")
    @ApiResponse(responseCode = "403", ref = "Forbidden",
            description = "A protected account, and the token is not its own or a follower's")
    PostItem post(@PathVariable String username, @PathVariable String id, @AuthenticationPrincipal Jwt token) {
        UUID author = readers.readable(username, token).userId();
        return parse(id).flatMap(post -> posts.find(author, post))
                .orElseThrow(() -> new UnknownPostException(username, id));
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
