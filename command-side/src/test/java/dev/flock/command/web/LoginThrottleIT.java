package dev.flock.command.web;

import static dev.flock.testsupport.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.flock.command.support.FlockIntegrationTest;
import dev.flock.testsupport.Http;
import dev.flock.testsupport.Http.Answer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Password guessing over HTTP: slowed per username, and silent about which usernames exist. */
@FlockIntegrationTest
// a first lock long enough that a slow machine still asks within it
@TestPropertySource(properties = "flock.login.first-lockout=3s")
class LoginThrottleIT {

    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Test
    void repeatedFailuresLockAUsernameWithTheSameAnswersWhetherItExistsOrNot() {
        Http http = new Http(port);
        http.registerAndLogIn("guessed_at", PASSWORD);
        http.registerAndLogIn("bystander", PASSWORD);

        for (int i = 1; i <= 5; i++) {
            Answer real = login(http, "guessed_at", "guess " + i);
            Answer ghost = login(http, "never_registered", "guess " + i);
            assertThat(real.status()).isEqualTo(401);
            assertThat(ghost.status()).isEqualTo(401);
            assertThat(ghost.body()).isEqualTo(real.body());
        }
        login(http, "guessed_at", "guess 6");
        login(http, "never_registered", "guess 6");

        Answer locked = login(http, "guessed_at", PASSWORD);
        Answer ghostLocked = login(http, "NEVER_REGISTERED", PASSWORD);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.header("Content-Type")).startsWith("application/problem+json");
        assertThat(locked.json().get("type").asString()).isEqualTo("urn:flock:problem:too-many-requests");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 3L);
        assertThat(ghostLocked.status()).isEqualTo(429);
        assertThat(ghostLocked.json().get("detail")).isEqualTo(locked.json().get("detail"));

        assertThat(login(http, "bystander", PASSWORD).status()).as("another username").isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                .until(() -> login(http, "guessed_at", PASSWORD).status() == 200);
    }

    @Test
    void aBurstOfConcurrentGuessesChecksAtMostTheFreeOnes() throws Exception {
        Http http = new Http(port);
        http.registerAndLogIn("burst_target", PASSWORD);
        ExecutorService clients = Executors.newFixedThreadPool(12);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int guess = i;
            answers.add(clients.submit(() -> {
                start.await();
                return login(new Http(port), "burst_target", "guess " + guess).status();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(60, TimeUnit.SECONDS));
        }
        clients.shutdown();
        assertThat(statuses).as("each guess is checked (401) or refused before it is (429)").containsOnly(401, 429);
        assertThat(statuses.stream().filter(status -> status == 401).count()).as("guesses checked")
                .isLessThanOrEqualTo(5);
    }

    private static Answer login(Http http, String username, String password) {
        return http.send("POST", "/api/tokens", null, "Authorization", basic(username, password));
    }
}
