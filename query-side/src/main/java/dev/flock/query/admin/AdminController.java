package dev.flock.query.admin;

import static dev.flock.web.ProblemResponses.problem;

import dev.flock.query.admin.ReplayCoordinator.Status;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operator's API: where each view is, and rebuilding one from the first event. Operator credentials only. */
@RestController
@RequestMapping("/api/admin/projections")
class AdminController {

    private final ReplayCoordinator replays;

    AdminController(ReplayCoordinator replays) {
        this.replays = replays;
    }

    @GetMapping
    List<Status> projections() {
        return replays.status();
    }

    @PostMapping("/{name}/replay")
    ResponseEntity<?> replay(@PathVariable String name) {
        return replays.start(name)
                .<ResponseEntity<?>>map(started -> started
                        ? ResponseEntity.accepted().build()
                        : ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT,
                                "replay-running", "View '" + name + "' is being replayed already.")))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND,
                        "unknown-projection", "There is no view named '" + name + "'.")));
    }
}
