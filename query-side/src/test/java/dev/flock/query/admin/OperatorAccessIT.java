package dev.flock.query.admin;

import static dev.flock.query.support.TestServices.port;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.flock.query.support.TestServices;
import dev.flock.testsupport.EmbeddedPostgresInitializer;
import dev.flock.testsupport.Http.Answer;
import dev.flock.testsupport.Http;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The operator API on the public port: its password is throttled like users' logins, a view cannot be replayed
 * again within the cooldown, and each replay and retry is logged with who asked.
 */
@ExtendWith(OutputCaptureExtension.class)
class OperatorAccessIT {

    private static final String OPERATOR = Http.basic("operator", "test-operator-password");

    @Test
    void guessingTheOperatorPasswordIsThrottledAndReplaysAreLoggedAndCooledDown(CapturedOutput output) {
        String jdbcUrl = EmbeddedPostgresInitializer.newDatabase();
        try (ConfigurableApplicationContext querySide = TestServices.startQuerySide(jdbcUrl,
                configurer -> { }, "--flock.replay.cooldown=60s", "--flock.login.first-lockout=30s")) {
            Http admin = new Http(port(querySide));

            assertThat(replay(admin, OPERATOR).status()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(60)).until(() -> !replaying(admin));
            Answer again = replay(admin, OPERATOR);
            assertThat(again.status()).isEqualTo(429);
            assertThat(Long.parseLong(again.header("Retry-After"))).isBetween(1L, 60L);
            assertThat(again.json().get("type").asString()).isEqualTo("urn:flock:problem:replay-cooldown");
            assertThat(admin.send("POST", "/api/admin/dead-letters/posts/retry", null, "Authorization", OPERATOR)
                    .status()).isEqualTo(200);
            assertThat(output.getOut())
                    .contains("Replay of view profiles requested by operator from 127.0.0.1")
                    .contains("Retry of the dead letters of view posts requested by operator from 127.0.0.1");

            for (int guess = 1; guess <= 5; guess++) {
                assertThat(admin.send("GET", "/api/admin/projections", null,
                        "Authorization", Http.basic("operator", "guess number " + guess)).status()).isEqualTo(401);
            }
            assertThat(admin.send("GET", "/api/admin/projections", null,
                    "Authorization", Http.basic("operator", "guess number 6")).status()).isEqualTo(401);
            Answer locked = admin.send("GET", "/api/admin/projections", null, "Authorization", OPERATOR);
            assertThat(locked.status()).as("even the right password, while locked").isEqualTo(429);
            assertThat(locked.header("Retry-After")).isNotNull();
        }
    }

    private static Answer replay(Http admin, String authorization) {
        return admin.send("POST", "/api/admin/projections/profiles/replay", null, "Authorization", authorization);
    }

    private static boolean replaying(Http admin) {
        for (JsonNode projection : admin.send("GET", "/api/admin/projections", null, "Authorization", OPERATOR)
                .json()) {
            if (projection.get("name").asString().equals("profiles")) {
                return projection.get("replaying").asBoolean();
            }
        }
        throw new IllegalStateException("no profiles view");
    }
}
