package dev.flock.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code application/problem+json} bodies from places outside Spring MVC's exception handling (the
 * security filters that answer 401 and 403 before a controller runs), and names Flock's problem types.
 */
public class ProblemResponses {

    /** Prefix of every problem {@code type} Flock answers with. */
    public static final String TYPE_PREFIX = "urn:flock:problem:";

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    /** A problem with Flock's {@code type} for {@code slug}. */
    public static ProblemDetail problem(HttpStatus status, String slug, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + slug));
        return problem;
    }

    /** The {@code type} for Spring MVC's own failures, named after their status: {@code urn:flock:problem:not-found}. */
    public static URI typeFor(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String slug = known == null ? "status-" + status.value() : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return URI.create(TYPE_PREFIX + slug);
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
