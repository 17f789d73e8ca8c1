package dev.flock.web;

import static dev.flock.web.ProblemResponses.problem;

import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The base of each service's {@code @RestControllerAdvice}: every failure as {@code application/problem+json}
 * (RFC 9457). Spring MVC's own failures (malformed JSON, wrong method, unknown path) come through
 * {@link ResponseEntityExceptionHandler} and get a Flock type; validation problems add {@code errors}, field name
 * to message; anything unexpected is logged and answered 500 without a stack trace.
 */
public abstract class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
    private static final URI BLANK = URI.create("about:blank");

    /** A 400 with Flock's validation type and the {@code errors} map. */
    public static ProblemDetail validation(String detail, Map<String, String> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", detail);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

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
        if (body instanceof ProblemDetail detail && (detail.getType() == null || BLANK.equals(detail.getType()))) {
            detail.setType(ProblemResponses.typeFor(status));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    /**
     * A body that is not JSON of the call's shape: malformed or truncated JSON, a wrong type, an unknown field.
     * The detail says which field when Jackson knows it, and never echoes the body.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return ResponseEntity.badRequest().body(validation("The body has a field this call does not take.",
                    Map.of(unknown.getPropertyName(), "is not a field of this call")));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().get(mismatch.getPath().size() - 1).getPropertyName();
            if (field != null) {
                return ResponseEntity.badRequest().body(validation("A field of the body has the wrong type.",
                        Map.of(field, "has the wrong type")));
            }
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "bad-request",
                "The body is missing or is not a JSON object of this call's shape.");
        problem.setTitle("Bad Request");
        return ResponseEntity.badRequest().body(problem);
    }

    /** A query string that is not valid percent-encoded UTF-8 (Tomcat fails while reading parameters). */
    @ExceptionHandler(RevokedTokenException.class)
    protected ResponseEntity<ProblemDetail> revokedToken(RevokedTokenException ex) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\", error_description=\"revoked\"")
                .body(problem(HttpStatus.UNAUTHORIZED, "unauthorized", ex.getMessage()));
    }

    @ExceptionHandler(ServiceBusyException.class)
    protected ResponseEntity<ProblemDetail> busy(ServiceBusyException ex) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "busy", ex.getMessage()));
    }

    @ExceptionHandler(InvalidParameterException.class)
    protected ProblemDetail invalidQueryString(InvalidParameterException ex) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "The query string is not valid percent-encoded UTF-8.");
    }

    /** A bug, not bad input: logged with its stack trace, answered without one. */
    @ExceptionHandler(Exception.class)
    protected ProblemDetail unexpected(Exception ex) {
        log.error("Unexpected failure", ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Something went wrong on our side.");
    }
}
