package dev.flock.query.follows;

import dev.flock.query.api.ConsistencyGate;
import dev.flock.query.api.Page;
import dev.flock.query.api.PageRequest;
import dev.flock.query.follows.FollowQueries.FollowItem;
import dev.flock.query.follows.FollowQueries.Relationship;
import dev.flock.query.profile.Profiles;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Follower and following lists, most recent follow first, and the relationship of two users. */
@RestController
@RequestMapping("/api/users/{username}")
class FollowController {

    private final Profiles profiles;
    private final FollowQueries follows;
    private final ConsistencyGate consistency;

    FollowController(Profiles profiles, FollowQueries follows, ConsistencyGate consistency) {
        this.profiles = profiles;
        this.follows = follows;
        this.consistency = consistency;
    }

    @GetMapping("/followers")
    ResponseEntity<Page<FollowItem>> followers(@PathVariable String username,
                                               PageRequest page,
                                               @RequestHeader(name = ConsistencyGate.HEADER, required = false)
                                               String token) {
        consistency.await(token, Profiles.VIEW, FollowQueries.VIEW);
        return follows.followers(profiles.require(username).userId(), page).toResponse();
    }

    @GetMapping("/following")
    ResponseEntity<Page<FollowItem>> following(@PathVariable String username,
                                               PageRequest page,
                                               @RequestHeader(name = ConsistencyGate.HEADER, required = false)
                                               String token) {
        consistency.await(token, Profiles.VIEW, FollowQueries.VIEW);
        return follows.following(profiles.require(username).userId(), page).toResponse();
    }

    @GetMapping("/relationships/{other}")
    Relationship relationship(@PathVariable String username, @PathVariable String other,
                              @RequestHeader(name = ConsistencyGate.HEADER, required = false) String token) {
        consistency.await(token, Profiles.VIEW, FollowQueries.VIEW);
        return follows.relationship(profiles.require(username).userId(), profiles.require(other).userId());
    }
}
