package dev.flock.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs in front of HTTP Basic wherever a password is checked (users' logins, the operator API). Before the password
 * is even looked at, an attempt is reserved both for the username and for the client's address
 * ({@link LoginThrottle}); a locked one is refused with 429 and {@code Retry-After}. The outcome is reported
 * afterwards: 401 is a failure, any other answer a success (the credentials were right), which starts the username
 * afresh but leaves the address's count as it was. When password hashing is
 * saturated ({@link BoundedPasswordEncoder}) the call is answered 503 with {@code Retry-After} and counts for
 * nothing.
 *
 * <p>The client's address is the connection's ({@code getRemoteAddr}); behind a proxy, set
 * {@code server.forward-headers-strategy} so that it is the client's and not the proxy's.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

    private static final BasicAuthenticationConverter BASIC = new BasicAuthenticationConverter();

    private final LoginThrottle byName;
    private final LoginThrottle byAddress;
    private final ProblemResponses problems;

    public LoginThrottleFilter(LoginThrottle byName, LoginThrottle byAddress, ProblemResponses problems) {
        this.byName = byName;
        this.byAddress = byAddress;
        this.problems = problems;
    }

    /** A filter with throttles of its own, as {@code flock.login.*} configures them. */
    public LoginThrottleFilter(LoginProperties login, ProblemResponses problems) {
        this(new LoginThrottle(login.freeFailures(), login.firstLockout(), login.maxLockout(), Clock.systemUTC()),
                new LoginThrottle(login.addressFreeFailures(), login.firstLockout(), login.maxLockout(),
                        Clock.systemUTC()),
                problems);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> username = basicUsername(request);
        if (username.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String name = username.get();
        String address = request.getRemoteAddr();
        Optional<Duration> refused = byAddress.tryBegin(address);
        if (refused.isEmpty()) {
            refused = byName.tryBegin(name);
            if (refused.isPresent()) {
                byAddress.abandoned(address);
            }
        }
        if (refused.isPresent()) {
            long seconds = Math.max(1, (refused.get().toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            problems.write(response, ProblemResponses.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
                    "Too many failed logins for this username or from this address; try again in " + seconds
                            + " s."));
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServiceBusyException busy) {
            byName.abandoned(name);
            byAddress.abandoned(address);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(busy.retryAfterSeconds()));
            problems.write(response, ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, "busy",
                    busy.getMessage()));
            return;
        } catch (IOException | ServletException | RuntimeException e) {
            byName.abandoned(name);
            byAddress.abandoned(address);
            throw e;
        }
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            byName.failed(name);
            byAddress.failed(address);
        } else {
            byName.succeeded(name);
            byAddress.abandoned(address); // a success by one user does not forgive an address's other failures
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
