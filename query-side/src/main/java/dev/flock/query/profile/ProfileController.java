package dev.flock.query.profile;

import dev.flock.query.api.ConsistencyGate;
import dev.flock.query.follows.FollowQueries.FollowCounts;
import dev.flock.query.follows.FollowQueries;
import dev.flock.query.posts.PostQueries;
import dev.flock.query.profile.Profiles.Profile;
import dev.flock.web.ApiTime;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/users/{u}}: the profile, with counts from the follows and posts views. */
@RestController
class ProfileController {

    private final Profiles profiles;
    private final FollowQueries follows;
    private final PostQueries posts;
    private final ConsistencyGate consistency;

    ProfileController(Profiles profiles, FollowQueries follows, PostQueries posts, ConsistencyGate consistency) {
        this.profiles = profiles;
        this.follows = follows;
        this.posts = posts;
        this.consistency = consistency;
    }

    record ProfileView(String username, long followers, long following, long posts, String registeredAt) {
    }

    @GetMapping("/api/users/{username}")
    ProfileView profile(@PathVariable String username,
                        @RequestHeader(name = ConsistencyGate.HEADER, required = false) String token) {
        consistency.await(token, Profiles.VIEW, FollowQueries.VIEW, PostQueries.VIEW);
        Profile profile = profiles.require(username);
        FollowCounts counts = follows.counts(profile.userId());
        return new ProfileView(profile.username(), counts.followers(), counts.following(),
                posts.count(profile.userId()), ApiTime.format(profile.registeredAt()));
    }
}
