package dev.flock.query.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.flock.query.views.follows.FollowQueries.FollowCounts;
import dev.flock.query.views.follows.FollowQueries;
import dev.flock.query.views.posts.PostQueries;
import dev.flock.query.views.profiles.Profiles.Profile;
import dev.flock.query.views.profiles.Profiles;
import dev.flock.web.ApiTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/users/{u}}: the profile, with counts from the follows and posts views. */
@Tag(name = "Profiles")
@RestController
class ProfileController {

    private final Profiles profiles;
    private final FollowQueries follows;
    private final PostQueries posts;

    ProfileController(Profiles profiles, FollowQueries follows, PostQueries posts) {
        this.profiles = profiles;
        this.follows = follows;
        this.posts = posts;
    }

    record ProfileView(String username, long followers, long following, long posts, String registeredAt,
                       @JsonProperty("protected") boolean protectedAccount) {
    }

    @ConsistentRead({Profiles.VIEW, FollowQueries.VIEW, PostQueries.VIEW})
    @GetMapping("/api/users/{username}")
    @Operation(summary = "A user's profile: follower, following and post counts, when they registered, and "
            + "whether the account is protected (public, also for a protected account)")
    @ApiResponse(responseCode = "200", description = "The profile",
            useReturnTypeSchema = true, content = @Content(examples = @ExampleObject("""
                    {"username": "john", "followers": 1, "following": 2, "posts": 1,
                        "registeredAt": "2026-11-22T09:14:58.003Z", "protected": false}""")))
    @ApiResponse(responseCode = "404", ref = "NotFound")
    ProfileView profile(@PathVariable String username) {
        Profile profile = profiles.require(username);
        FollowCounts counts = follows.counts(profile.userId());
        return new ProfileView(profile.username(), counts.followers(), counts.following(),
                posts.count(profile.userId()), ApiTime.format(profile.registeredAt()), profile.protectedAccount());
    }
}
