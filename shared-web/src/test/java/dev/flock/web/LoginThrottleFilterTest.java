package dev.flock.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class LoginThrottleFilterTest {

    private final AtomicInteger checked = new AtomicInteger();
    private final LoginThrottleFilter filter = new LoginThrottleFilter(
            new LoginThrottle(5, Duration.ofSeconds(1), Duration.ofMinutes(15), Clock.systemUTC()),
            new LoginThrottle(3, Duration.ofSeconds(1), Duration.ofMinutes(15), Clock.systemUTC()),
            new ProblemResponses(JsonMapper.builder().build()));

    @Test
    void aGuesserCyclingThroughNamesFromOneAddressIsLockedOut() throws Exception {
        for (int name = 1; name <= 4; name++) {
            assertThat(login("name_" + name, "10.0.0.1", 401).getStatus()).isEqualTo(401);
        }
        MockHttpServletResponse locked = login("name_5", "10.0.0.1", 401);
        assertThat(locked.getStatus()).isEqualTo(429);
        assertThat(locked.getHeader("Retry-After")).isEqualTo("1");
        assertThat(locked.getContentType()).startsWith("application/problem+json");
        assertThat(checked.get()).as("passwords checked").isEqualTo(4);
        assertThat(login("name_5", "10.0.0.2", 200).getStatus()).as("another address").isEqualTo(200);
    }

    @Test
    void whenHashingIsSaturatedTheLoginIs503AndCountsForNothing() throws Exception {
        for (int i = 0; i < 10; i++) {
            MockHttpServletResponse busy = login("patient", "10.0.0.3", 503);
            assertThat(busy.getStatus()).isEqualTo(503);
            assertThat(busy.getHeader("Retry-After")).isEqualTo("1");
        }
        assertThat(login("patient", "10.0.0.3", 200).getStatus()).isEqualTo(200);
    }

    /** A login whose password check answers {@code outcome} (503: hashing is saturated). */
    private MockHttpServletResponse login(String username, String address, int outcome) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/tokens");
        request.setRemoteAddr(address);
        request.addHeader("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((username + ":a guess").getBytes(StandardCharsets.UTF_8)));
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain basicAuthentication = (req, res) -> {
            if (outcome == 503) {
                throw new ServiceBusyException("busy", Duration.ofSeconds(1));
            }
            checked.incrementAndGet();
            ((MockHttpServletResponse) res).setStatus(outcome);
        };
        filter.doFilter(request, response, basicAuthentication);
        return response;
    }
}
