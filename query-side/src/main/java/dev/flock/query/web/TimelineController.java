package dev.flock.query.web;

import dev.flock.query.paging.Page;
import dev.flock.query.paging.PageRequest;
import dev.flock.query.views.PostItem;
import dev.flock.query.views.profiles.Profiles.Profile;
import dev.flock.query.views.profiles.Profiles;
import dev.flock.query.views.timeline.TimelineQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/users/{u}/timeline}: the home timeline, for its owner's bearer token only. */
@Tag(name = "Timeline")
@RestController
class TimelineController {

    private final Readers readers;
    private final TimelineQueries timelines;

    TimelineController(Readers readers, TimelineQueries timelines) {
        this.readers = readers;
        this.timelines = timelines;
    }

    @ConsistentRead({Profiles.VIEW, TimelineQueries.VIEW})
    @GetMapping("/api/users/{username}/timeline")
    @Operation(summary = "The home timeline: the user's posts and those of everyone they follow and do not mute, "
            + "newest first",
            security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "200", description = "A page of the timeline",
            useReturnTypeSchema = true, content = @Content(examples = @ExampleObject("""
                    {"items": [{"id": "0f8e3c1a-5b7d-4c2e-9a61-2d4f8b9c0e17", "author": "susan", "body": "hi all",
                        "publishedAt": "2026-11-22T09:15:02.417Z"}], "next": "MTc2Mzgw..."}""")))
    @ApiResponse(responseCode = "401", ref = "Unauthorized")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<Page<PostItem>> timeline(@PathVariable String username,
                                            PageRequest page,
                                            @AuthenticationPrincipal Jwt jwt) {
        Profile owner = readers.owner(username, jwt);
        return timelines.page(owner.userId(), page).toResponse(page);
    }
}
