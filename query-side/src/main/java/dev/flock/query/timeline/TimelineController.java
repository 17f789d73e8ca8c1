package dev.flock.query.timeline;

import dev.flock.query.api.ConsistencyGate;
import dev.flock.query.api.NotYourTimelineException;
import dev.flock.query.api.Page;
import dev.flock.query.api.PageRequest;
import dev.flock.query.posts.PostItem;
import dev.flock.query.profile.Profiles.Profile;
import dev.flock.query.profile.Profiles;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/users/{u}/timeline}: the home timeline, for its owner's bearer token only. */
@RestController
class TimelineController {

    private final Profiles profiles;
    private final TimelineQueries timelines;
    private final ConsistencyGate consistency;

    TimelineController(Profiles profiles, TimelineQueries timelines, ConsistencyGate consistency) {
        this.profiles = profiles;
        this.timelines = timelines;
        this.consistency = consistency;
    }

    @GetMapping("/api/users/{username}/timeline")
    ResponseEntity<Page<PostItem>> timeline(@PathVariable String username,
                                            PageRequest page,
                                            @RequestHeader(name = ConsistencyGate.HEADER, required = false)
                                            String token,
                                            @AuthenticationPrincipal Jwt jwt) {
        consistency.await(token, Profiles.VIEW, TimelineQueries.VIEW);
        Profile owner = profiles.find(username)
                .filter(profile -> profile.userId().toString().equals(jwt.getSubject()))
                .orElseThrow(NotYourTimelineException::new);
        return timelines.page(owner.userId(), page).toResponse();
    }
}
