package dev.flock.query.web;

import static dev.flock.web.ProblemResponses.problem;

import dev.flock.query.paging.InvalidQueryException;
import dev.flock.query.views.profiles.UnknownUserException;
import dev.flock.web.ProblemAdvice;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The query side's failures as problem+json, on top of the shared {@link ProblemAdvice}. */
@RestControllerAdvice
class QueryProblemAdvice extends ProblemAdvice {

    @ExceptionHandler(InvalidQueryException.class)
    ProblemDetail invalidQuery(InvalidQueryException ex) {
        return validation(ex.getMessage(), Map.of(ex.field(), ex.getMessage()));
    }

    @ExceptionHandler(UnknownUserException.class)
    ProblemDetail unknownUser(UnknownUserException ex) {
        return problem(HttpStatus.NOT_FOUND, "unknown-user", ex.getMessage());
    }

    @ExceptionHandler(UnknownPostException.class)
    ProblemDetail unknownPost(UnknownPostException ex) {
        return problem(HttpStatus.NOT_FOUND, "unknown-post", ex.getMessage());
    }

    @ExceptionHandler(NotYourAccountException.class)
    ProblemDetail notYours(NotYourAccountException ex) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", ex.getMessage());
    }

    @ExceptionHandler(ProtectedAccountException.class)
    ProblemDetail protectedAccount(ProtectedAccountException ex) {
        return problem(HttpStatus.FORBIDDEN, "protected", ex.getMessage());
    }

    @ExceptionHandler(TokenRequiredException.class)
    ResponseEntity<ProblemDetail> tokenRequired(TokenRequiredException ex) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(problem(HttpStatus.UNAUTHORIZED, "unauthorized", ex.getMessage()));
    }

    @ExceptionHandler(NotYetConsistentException.class)
    ResponseEntity<ProblemDetail> notYetConsistent(NotYetConsistentException ex) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfter().toSeconds()))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "not-yet-consistent", ex.getMessage()));
    }
}
