package dev.flock.query.admin;

import static dev.flock.web.ProblemResponses.problem;

import dev.flock.query.projection.ProjectionSlots;
import dev.flock.query.projection.replay.ReplayCoordinator.Start;
import dev.flock.query.projection.replay.ReplayCoordinator.Status;
import dev.flock.query.projection.replay.ReplayCoordinator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operator's API: where each view is, and rebuilding one from the first event (logged with who asked; one
 * replay per view per {@code flock.replay.cooldown}). Operator credentials only.
 */
@Tag(name = "Operators")
@RestController
@RequestMapping("/api/admin/projections")
class AdminController {

    private final ReplayCoordinator replays;

    AdminController(ReplayCoordinator replays) {
        this.replays = replays;
    }

    @GetMapping
    @Operation(summary = "Where each view is, and how far a replay has come",
            security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "200", description = "Every view",
            useReturnTypeSchema = true, content = @Content(examples = @ExampleObject("""
                    [{"name": "timeline", "position": 51000, "headPosition": 51836, "replaying": true,
                        "progress": 0.98, "eventsPerSecond": 10120.4, "secondsLeft": 0.1}]""")))
    @ApiResponse(responseCode = "401", ref = "Unauthorized")
    List<Status> projections() {
        return replays.status();
    }

    @PostMapping("/{name}/replay")
    @Operation(summary = "Rebuild a view from the first event while clients keep reading the current one",
            security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "202", description = "The replay has started; follow it on GET /api/admin/projections",
            content = @Content)
    @ApiResponse(responseCode = "401", ref = "Unauthorized")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    @ApiResponse(responseCode = "429", ref = "TooManyRequests")
    ResponseEntity<?> replay(@PathVariable String name, Authentication operator, HttpServletRequest request) {
        Start start = replays.start(name, requester(operator, request));
        if (start instanceof Start.Started) {
            return ResponseEntity.accepted().build();
        }
        if (start instanceof Start.UnknownView) {
            return unknownView(name);
        }
        if (start instanceof Start.CoolingDown cooling) {
            long seconds = Math.max(1, (cooling.retryAfter().toMillis() + 999) / 1000);
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                    .body(problem(HttpStatus.TOO_MANY_REQUESTS, "replay-cooldown", "View '" + name
                            + "' was replayed moments ago; a new replay may start in " + seconds + " s."));
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, "replay-running",
                "View '" + name + "' is being replayed already."));
    }

    /** Who asked, for the log: the operator's name and the client's address. */
    static String requester(Authentication operator, HttpServletRequest request) {
        return operator.getName() + " from " + request.getRemoteAddr();
    }

    /** The 404 for a view name that is not one of {@link ProjectionSlots#views()}. */
    static ResponseEntity<ProblemDetail> unknownView(String name) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(HttpStatus.NOT_FOUND, "unknown-projection", "There is no view named '" + name + "'."));
    }
}
