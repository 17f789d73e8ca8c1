package dev.flock.query.web;

import dev.flock.query.paging.Page;
import dev.flock.query.paging.PageRequest;
import dev.flock.query.views.follows.FollowQueries.FollowItem;
import dev.flock.query.views.follows.FollowQueries.Relationship;
import dev.flock.query.views.follows.FollowQueries;
import dev.flock.query.views.profiles.Profiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Follower and following lists, most recent follow first, and the relationship of two users. */
@Tag(name = "Follows")
@RestController
@RequestMapping("/api/users/{username}")
class FollowController {

    private final Profiles profiles;
    private final FollowQueries follows;

    FollowController(Profiles profiles, FollowQueries follows) {
        this.profiles = profiles;
        this.follows = follows;
    }

    @ConsistentRead({Profiles.VIEW, FollowQueries.VIEW})
    @GetMapping("/followers")
    @Operation(summary = "Who follows the user, most recent follow first")
    @ApiResponse(responseCode = "200", description = "A page of followers",
            useReturnTypeSchema = true, content = @Content(examples = @ExampleObject("""
                    {"items": [{"username": "mary", "since": "2026-11-22T09:15:02.417Z"}], "next": null}""")))
    @ApiResponse(responseCode = "404", ref = "NotFound")
    ResponseEntity<Page<FollowItem>> followers(@PathVariable String username,
                                               PageRequest page) {
        return follows.followers(profiles.require(username).userId(), page).toResponse(page);
    }

    @ConsistentRead({Profiles.VIEW, FollowQueries.VIEW})
    @GetMapping("/following")
    @Operation(summary = "Whom the user follows, most recent follow first")
    @ApiResponse(responseCode = "200", description = "A page of followed users",
            useReturnTypeSchema = true, content = @Content(examples = @ExampleObject("""
                    {"items": [{"username": "susan", "since": "2026-11-22T09:15:02.417Z"}], "next": null}""")))
    @ApiResponse(responseCode = "404", ref = "NotFound")
    ResponseEntity<Page<FollowItem>> following(@PathVariable String username,
                                               PageRequest page) {
        return follows.following(profiles.require(username).userId(), page).toResponse(page);
    }

    @ConsistentRead({Profiles.VIEW, FollowQueries.VIEW})
    @GetMapping("/relationships/{other}")
    @Operation(summary = "Whether the user follows the other and the other follows the user, and since when")
    @ApiResponse(responseCode = "200", description = "The relationship",
            useReturnTypeSchema = true, content = @Content(examples = @ExampleObject("""
                    {"following": true, "followedBy": false, "followingSince": "2026-11-22T09:15:02.417Z",
                        "followedBySince": null}""")))
    @ApiResponse(responseCode = "404", ref = "NotFound")
    Relationship relationship(@PathVariable String username, @PathVariable String other) {
        return follows.relationship(profiles.require(username).userId(), profiles.require(other).userId());
    }
}
