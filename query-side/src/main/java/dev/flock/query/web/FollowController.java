package dev.flock.query.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.flock.query.paging.Page;
import dev.flock.query.paging.PageRequest;
import dev.flock.query.views.follows.FollowQueries.FollowItem;
import dev.flock.query.views.follows.FollowQueries.Relationship;
import dev.flock.query.views.follows.FollowQueries;
import dev.flock.query.views.profiles.Profiles.Profile;
import dev.flock.query.views.profiles.Profiles;
import dev.flock.query.views.relationships.RelationshipQueries.Flags;
import dev.flock.query.views.relationships.RelationshipQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Follower and following lists, most recent follow first (a protected account's for its followers only), and the
 * relationship of two users.
 */
@Tag(name = "Follows")
@RestController
@RequestMapping("/api/users/{username}")
class FollowController {

    private final Profiles profiles;
    private final FollowQueries follows;
    private final RelationshipQueries relationships;
    private final Readers readers;

    FollowController(Profiles profiles, FollowQueries follows, RelationshipQueries relationships, Readers readers) {
        this.profiles = profiles;
        this.follows = follows;
        this.relationships = relationships;
        this.readers = readers;
    }

    @ConsistentRead({Profiles.VIEW, FollowQueries.VIEW})
    @GetMapping("/followers")
    @Operation(summary = "Who follows the user, most recent follow first")
    @ApiResponse(responseCode = "200", description = "A page of followers",
            useReturnTypeSchema = true, content = @Content(examples = @ExampleObject("""
                    {"items": [{"username": "mary", "since": "2026-11-22T09:15:02.417Z"}], "next": null}""")))
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "401", ref = "Unauthorized", description = "A protected account, and no token")
    @ApiResponse(responseCode = "403", ref = "Forbidden",
            description = "A protected account, and the token is not its own or a follower's")
    ResponseEntity<Page<FollowItem>> followers(@PathVariable String username, PageRequest page,
                                               @AuthenticationPrincipal Jwt token) {
        return follows.followers(readers.readable(username, token).userId(), page).toResponse(page);
    }

    @ConsistentRead({Profiles.VIEW, FollowQueries.VIEW})
    @GetMapping("/following")
    @Operation(summary = "Whom the user follows, most recent follow first")
    @ApiResponse(responseCode = "200", description = "A page of followed users",
            useReturnTypeSchema = true, content = @Content(examples = @ExampleObject("""
                    {"items": [{"username": "susan", "since": "2026-11-22T09:15:02.417Z"}], "next": null}""")))
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "401", ref = "Unauthorized", description = "A protected account, and no token")
    @ApiResponse(responseCode = "403", ref = "Forbidden",
            description = "A protected account, and the token is not its own or a follower's")
    ResponseEntity<Page<FollowItem>> following(@PathVariable String username, PageRequest page,
                                               @AuthenticationPrincipal Jwt token) {
        return follows.following(readers.readable(username, token).userId(), page).toResponse(page);
    }

    @ConsistentRead({Profiles.VIEW, FollowQueries.VIEW, RelationshipQueries.VIEW})
    @GetMapping("/relationships/{other}")
    @Operation(summary = "Whether the user follows the other and the other follows the user, and since when",
            description = "With the user's own bearer token also whether either blocks the other, whether the user "
                    + "mutes the other, and the pending follow requests either way; these are private, so with no "
                    + "token or another's they are left out.")
    @ApiResponse(responseCode = "200", description = "The relationship",
            useReturnTypeSchema = true, content = @Content(examples = @ExampleObject("""
                    {"following": true, "followedBy": false, "followingSince": "2026-11-22T09:15:02.417Z",
                        "followedBySince": null, "blocking": false, "blockedBy": false, "muting": true,
                        "requested": false, "requestedBy": false}""")))
    @ApiResponse(responseCode = "404", ref = "NotFound")
    RelationshipView relationship(@PathVariable String username, @PathVariable String other,
                                  @AuthenticationPrincipal Jwt token) {
        Profile user = profiles.require(username);
        Profile otherUser = profiles.require(other);
        Relationship follow = follows.relationship(user.userId(), otherUser.userId());
        boolean own = token != null
                && readers.reader(token).filter(reader -> reader.userId().equals(user.userId())).isPresent();
        Flags flags = own ? relationships.flags(user.userId(), otherUser.userId()) : null;
        return RelationshipView.of(follow, flags);
    }

    /** The v1 fields always; the private flags ({@code null}, so left out) only for the user's own token. */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    record RelationshipView(boolean following, boolean followedBy,
                            @Schema(types = {"string", "null"}, format = "date-time",
                                    description = "Since when; null while not following")
                            @JsonInclude(JsonInclude.Include.ALWAYS) String followingSince,
                            @Schema(types = {"string", "null"}, format = "date-time",
                                    description = "Since when; null while not followed")
                            @JsonInclude(JsonInclude.Include.ALWAYS) String followedBySince,
                            Boolean blocking, Boolean blockedBy, Boolean muting, Boolean requested,
                            Boolean requestedBy) {

        static RelationshipView of(Relationship follow, Flags flags) {
            return flags == null
                    ? new RelationshipView(follow.following(), follow.followedBy(), follow.followingSince(),
                            follow.followedBySince(), null, null, null, null, null)
                    : new RelationshipView(follow.following(), follow.followedBy(), follow.followingSince(),
                            follow.followedBySince(), flags.blocking(), flags.blockedBy(), flags.muting(),
                            flags.requested(), flags.requestedBy());
        }
    }
}
