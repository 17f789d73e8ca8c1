package dev.flock.query.web;

import dev.flock.query.paging.Page;
import dev.flock.query.paging.PageRequest;
import dev.flock.query.views.profiles.Profiles;
import dev.flock.query.views.relationships.RelationshipQueries.MuteItem;
import dev.flock.query.views.relationships.RelationshipQueries.UserSince;
import dev.flock.query.views.relationships.RelationshipQueries;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A user's own blocks, mutes and pending follow requests: for their bearer token only. */
@Tag(name = "Relationship controls")
@RestController
@RequestMapping("/api/users/{username}")
class RelationshipController {

    private final Readers readers;
    private final RelationshipQueries relationships;

    RelationshipController(Readers readers, RelationshipQueries relationships) {
        this.readers = readers;
        this.relationships = relationships;
    }

    @ConsistentRead({Profiles.VIEW, RelationshipQueries.VIEW})
    @GetMapping("/blocks")
    @Operation(summary = "Whom the user blocks, most recent first", security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "200", description = "A page of blocked users",
            useReturnTypeSchema = true, content = @Content(examples = @ExampleObject("""
                    {"items": [{"username": "david", "since": "2026-11-22T09:15:02.417Z"}], "next": null}""")))
    @ApiResponse(responseCode = "401", ref = "Unauthorized")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<Page<UserSince>> blocks(@PathVariable String username, PageRequest page,
                                           @AuthenticationPrincipal Jwt token) {
        return relationships.blocks(readers.owner(username, token).userId(), page).toResponse(page);
    }

    @ConsistentRead({Profiles.VIEW, RelationshipQueries.VIEW})
    @GetMapping("/mutes")
    @Operation(summary = "Whom the user mutes, most recent first; ended mutes are not listed",
            security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "200", description = "A page of muted users (`expiresAt` null: until unmuted)",
            useReturnTypeSchema = true, content = @Content(examples = @ExampleObject("""
                    {"items": [{"username": "mary", "since": "2026-11-22T09:15:02.417Z",
                        "expiresAt": "2026-11-22T10:15:02.417Z"}], "next": null}""")))
    @ApiResponse(responseCode = "401", ref = "Unauthorized")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<Page<MuteItem>> mutes(@PathVariable String username, PageRequest page,
                                         @AuthenticationPrincipal Jwt token) {
        return relationships.mutes(readers.owner(username, token).userId(), page).toResponse(page);
    }

    @ConsistentRead({Profiles.VIEW, RelationshipQueries.VIEW})
    @GetMapping("/follow-requests")
    @Operation(summary = "The pending requests to follow the user, most recent first",
            security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "200", description = "A page of requesters",
            useReturnTypeSchema = true, content = @Content(examples = @ExampleObject("""
                    {"items": [{"username": "susan", "since": "2026-11-22T09:15:02.417Z"}], "next": null}""")))
    @ApiResponse(responseCode = "401", ref = "Unauthorized")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<Page<UserSince>> followRequests(@PathVariable String username, PageRequest page,
                                                   @AuthenticationPrincipal Jwt token) {
        return relationships.followRequests(readers.owner(username, token).userId(), page).toResponse(page);
    }
}
