package dev.flock.command.web;

import static dev.flock.command.config.ProblemResponses.problem;

import dev.flock.command.config.ProblemResponses;
import dev.flock.command.user.EmailTakenException;
import dev.flock.command.user.InvalidPostException;
import dev.flock.command.user.SelfFollowException;
import dev.flock.command.user.UnknownUserException;
import dev.flock.command.user.UsernameTakenException;
import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every failure as {@code application/problem+json} (RFC 9457): Spring MVC's own (malformed JSON, wrong method,
 * unknown path) through {@link ResponseEntityExceptionHandler}, Flock's through the handlers below. Validation
 * problems add {@code errors}: field name to message.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Map<String, String> errors = new TreeMap<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.putIfAbsent(error.getField(), error.getDefaultMessage());
        }
        return ResponseEntity.badRequest().body(validation("Some fields are invalid.", errors));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail detail
                && (detail.getType() == null || detail.getType().equals(URI.create("about:blank")))) {
            detail.setType(ProblemResponses.typeFor(status));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

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

    @ExceptionHandler(SelfFollowException.class)
    ProblemDetail selfFollow(SelfFollowException ex) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "self-follow", ex.getMessage());
    }

    /** A bug, not bad input: logged with its stack trace, answered without one. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception ex) {
        log.error("Unexpected failure", ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Something went wrong on our side.");
    }

    private static ProblemDetail validation(String detail, Map<String, String> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", detail);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }
}
