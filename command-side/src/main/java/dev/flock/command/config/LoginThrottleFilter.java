package dev.flock.command.config;

import dev.flock.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs in front of HTTP Basic on {@code POST /api/tokens}: a login for a locked username is refused with 429 and
 * {@code Retry-After} before its password is even checked; the outcome of every other login is reported to the
 * {@link LoginThrottle}.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final BasicAuthenticationConverter BASIC = new BasicAuthenticationConverter();

    private final LoginThrottle throttle;
    private final ProblemResponses problems;

    LoginThrottleFilter(LoginThrottle throttle, ProblemResponses problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> username = basicUsername(request);
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

    /**
     * The username of the request's HTTP Basic header, if it has one, read by the same converter Spring Security's
     * {@code BasicAuthenticationFilter} uses, so the throttle counts exactly the name that is authenticated.
     */
    private static Optional<String> basicUsername(HttpServletRequest request) {
        try {
            UsernamePasswordAuthenticationToken login = BASIC.convert(request);
            return login == null ? Optional.empty() : Optional.of(login.getName());
        } catch (AuthenticationException e) {
            return Optional.empty(); // malformed: Basic authentication answers it with 401
        }
    }
}
