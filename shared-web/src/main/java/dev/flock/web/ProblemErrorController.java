package dev.flock.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /error} as problem+json: where a request ends when something below Spring MVC refused it with
 * {@code sendError} (Spring Security's firewall for {@code ..} or {@code ;} in a path, the servlet container).
 * Replaces Spring Boot's {@code BasicErrorController}, whose JSON is not a problem document.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detailFor(status));
        problem.setType(ProblemResponses.typeFor(status));
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
            problem.setInstance(URI.create(uri.length() > 200 ? uri.substring(0, 200) : uri));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String detailFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request is malformed (its path, query or headers).";
            case NOT_FOUND -> "There is nothing at this path.";
            default -> status.is5xxServerError() ? "Something went wrong on our side." : status.getReasonPhrase();
        };
    }
}
