package dev.flock.command.config;

import dev.flock.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs in front of HTTP Basic on {@code POST /api/tokens}: a login for a locked username is refused with 429 and
 * {@code Retry-After} before its password is even checked; the outcome of every other login is reported to the
 * {@link LoginThrottle}.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final ProblemResponses problems;

    LoginThrottleFilter(LoginThrottle throttle, ProblemResponses problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> username = basicUsername(request.getHeader("Authorization"));
        if (username.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Duration> locked = throttle.lockedFor(username.get());
        if (locked.isPresent()) {
            long seconds = Math.max(1, (locked.get().toMillis() + 999) / 1000);
            response.setHeader("Retry-After", Long.toString(seconds));
            problems.write(response, ProblemResponses.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
                    "Too many failed logins for this username; try again in " + seconds + " s."));
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            throttle.failed(username.get());
        } else if (response.getStatus() == HttpStatus.OK.value()) {
            throttle.succeeded(username.get());
        }
    }

    /** The username of an HTTP Basic header, if it has one. */
    static Optional<String> basicUsername(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon > 0 ? Optional.of(decoded.substring(0, colon)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
