package dev.flock.query.admin;

import dev.flock.query.admin.DeadLetters.Retry;
import dev.flock.query.admin.DeadLetters.ViewLetters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operator's view of events the projectors could not handle, and the call that hands them back. */
@Tag(name = "Operators")
@RestController
@RequestMapping("/api/admin/dead-letters")
class DeadLetterController {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterController.class);

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    @Operation(summary = "Events each view could not handle, parked with the rest of their sequence",
            security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "200", description = "Per view: how many events are parked, and the first 100",
            useReturnTypeSchema = true, content = @Content(examples = @ExampleObject("""
                    [{"view": "posts", "processor": "posts-a", "letters": 2, "sequences": 1, "first": [
                        {"eventId": "5f0c...", "eventType": "PostPublished", "position": 4711,
                         "aggregateId": "9b1e...", "sequenceNumber": 12,
                         "causeType": "org.springframework.dao.DataIntegrityViolationException",
                         "causeMessage": "...", "enqueuedAt": "2026-11-22T09:15:02.417Z",
                         "lastTouched": "2026-11-22T09:15:02.417Z"}]}]""")))
    @ApiResponse(responseCode = "401", ref = "Unauthorized")
    List<ViewLetters> list() {
        return deadLetters.list();
    }

    @PostMapping("/{view}/retry")
    @Operation(summary = "Hand every parked sequence of a view back to its projector, once each",
            security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "200", description = "What the retry did; failing sequences stay parked",
            content = @Content(schema = @Schema(implementation = Retry.class), examples = @ExampleObject("""
                    {"view": "posts", "sequencesRetried": 1, "sequencesSucceeded": 1, "lettersLeft": 0}""")))
    @ApiResponse(responseCode = "401", ref = "Unauthorized")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    ResponseEntity<?> retry(@PathVariable String view, Authentication operator, HttpServletRequest request) {
        log.info("Retry of the dead letters of view {} requested by {}", view,
                AdminController.requester(operator, request));
        return deadLetters.retry(view)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> AdminController.unknownView(view));
    }
}
