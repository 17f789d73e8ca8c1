package dev.flock.command.web;

import static dev.flock.web.ProblemResponses.problem;

import dev.flock.command.user.BlockedException;
import dev.flock.command.user.EmailTakenException;
import dev.flock.command.user.InvalidPostException;
import dev.flock.command.user.NoPendingRequestException;
import dev.flock.command.user.SelfFollowException;
import dev.flock.command.user.UnknownPostException;
import dev.flock.command.user.UnknownUserException;
import dev.flock.command.user.UsernameTakenException;
import dev.flock.web.ProblemAdvice;
import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The command side's failures as problem+json, on top of the shared {@link ProblemAdvice}. */
@RestControllerAdvice
class CommandProblemAdvice extends ProblemAdvice {

    @ExceptionHandler(UsernameTakenException.class)
    ProblemDetail usernameTaken(UsernameTakenException ex) {
        ProblemDetail detail = problem(HttpStatus.CONFLICT, "username-taken", ex.getMessage());
        detail.setProperty("errors", Map.of("username", "is taken"));
        return detail;
    }

    @ExceptionHandler(EmailTakenException.class)
    ProblemDetail emailTaken(EmailTakenException ex) {
        ProblemDetail detail = problem(HttpStatus.CONFLICT, "email-taken", ex.getMessage());
        detail.setProperty("errors", Map.of("email", "is taken"));
        return detail;
    }

    @ExceptionHandler(InvalidPostException.class)
    ProblemDetail invalidPost(InvalidPostException ex) {
        return validation(ex.getMessage(), Map.of("body", ex.getMessage()));
    }

    @ExceptionHandler(InvalidIdempotencyKeyException.class)
    ProblemDetail invalidIdempotencyKey(InvalidIdempotencyKeyException ex) {
        return validation(ex.getMessage(), Map.of("Idempotency-Key", ex.getMessage()));
    }

    @ExceptionHandler(InvalidPasswordException.class)
    ProblemDetail invalidPassword(InvalidPasswordException ex) {
        return validation("Some fields are invalid.", Map.of("password", ex.getMessage()));
    }

    @ExceptionHandler(NotYourAccountException.class)
    ProblemDetail notYourAccount(NotYourAccountException ex) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", ex.getMessage());
    }

    @ExceptionHandler(UnknownUserException.class)
    ProblemDetail unknownUser(UnknownUserException ex) {
        return problem(HttpStatus.NOT_FOUND, "unknown-user", ex.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail aggregateNotFound(AggregateNotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "unknown-user", "The acting user is not registered.");
    }

    /** Still racing another instance after every retry (ConflictRetryScheduler): the client may simply try again. */
    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> stillConflicting(ConcurrencyException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).header("Retry-After", "1")
                .body(problem(HttpStatus.CONFLICT, "concurrent-change",
                        "The user was being changed by other requests at the same moment; try again."));
    }

    @ExceptionHandler(BlockedException.class)
    ProblemDetail blocked(BlockedException ex) {
        return problem(HttpStatus.FORBIDDEN, "blocked", ex.getMessage());
    }

    @ExceptionHandler(NoPendingRequestException.class)
    ProblemDetail noPendingRequest(NoPendingRequestException ex) {
        return problem(HttpStatus.NOT_FOUND, "no-pending-request", ex.getMessage());
    }

    @ExceptionHandler(UnknownPostException.class)
    ProblemDetail unknownPost(UnknownPostException ex) {
        return problem(HttpStatus.NOT_FOUND, "unknown-post", ex.getMessage());
    }

    @ExceptionHandler(SelfFollowException.class)
    ProblemDetail selfFollow(SelfFollowException ex) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "self-follow", ex.getMessage());
    }

}
