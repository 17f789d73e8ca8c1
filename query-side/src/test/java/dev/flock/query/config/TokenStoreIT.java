package dev.flock.query.config;

import static dev.flock.query.support.TestServices.port;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.query.support.EventFedFlock;
import dev.flock.query.support.HeldUpViews;
import dev.flock.query.support.TestServices;
import dev.flock.testsupport.EmbeddedPostgresInitializer;
import dev.flock.testsupport.Http.Answer;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

/**
 * The processors' tokens live in PostgreSQL ({@code query.token_entry}), not in memory: a restarted query side
 * resumes where it stopped and handles only the events that came after, instead of replaying every view.
 */
class TokenStoreIT {

    @Test
    void aRestartedQuerySideResumesInsteadOfReprocessingFromTheStart() {
        String jdbcUrl = EmbeddedPostgresInitializer.newDatabase();
        AtomicInteger handledBefore = new AtomicInteger();
        EventFedFlock flock;
        try (ConfigurableApplicationContext first = startQuerySide(jdbcUrl, handledBefore)) {
            assertThat(first.getBean(TokenStore.class)).isInstanceOf(JdbcTokenStore.class);
            flock = new EventFedFlock(jdbcUrl, port(first));
            flock.register("resumer");
            flock.register("followee");
            flock.follow("resumer", "followee");
            for (int i = 0; i < 20; i++) {
                flock.post("followee", "post " + i);
            }
            assertThat(timeline(flock)).hasSize(20);
            // The timeline read waited for the profiles and timeline views; the profile read waits for the
            // profiles, follows and posts views: every view has handled every event before the restart.
            assertThat(flock.get("/api/users/resumer").status()).isEqualTo(200);
        }
        // 2 registrations x 3 views, 1 follow x 2, 20 posts x 2
        assertThat(handledBefore.get()).isGreaterThanOrEqualTo(48);
        JdbcClient database = JdbcClient.create(new DriverManagerDataSource(jdbcUrl, "postgres", "postgres"));
        assertThat(database.sql("select count(*) from query.token_entry").query(Long.class).single())
                .as("5 views x 2 slots x 4 segments").isEqualTo(40);
        assertThat(database.sql("select count(*) from query.token_entry where token is not null")
                .query(Long.class).single()).as("segments that handled events stored where they are")
                .isPositive();

        AtomicInteger handledAfter = new AtomicInteger();
        try (ConfigurableApplicationContext second = startQuerySide(jdbcUrl, handledAfter)) {
            flock.useQuerySide(port(second));
            String post = flock.post("followee", "after the restart");
            flock.register("latecomer");

            assertThat(timeline(flock)).hasSize(21);
            assertThat(timeline(flock).get(0).get("id").asString()).isEqualTo(post);
        }
        // Only what came after the restart: the post (posts, timeline), the registration (three views).
        assertThat(handledAfter.get()).isBetween(5, handledBefore.get() - 1);
    }

    @Test
    void aConsistencyTokenTheViewsDoNotReachInTimeAnswers503WithRetryAfter() {
        String jdbcUrl = EmbeddedPostgresInitializer.newDatabase();
        HeldUpViews heldUp = new HeldUpViews();
        try (ConfigurableApplicationContext querySide = TestServices.startQuerySide(jdbcUrl, heldUp,
                "--flock.consistency.max-wait=1s")) {
            EventFedFlock flock = new EventFedFlock(jdbcUrl, port(querySide));
            heldUp.holdUp();
            flock.register("patient");
            Answer answer = flock.get("/api/users/patient");
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.header("Retry-After")).isEqualTo("1");
            assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(answer.json().get("type").asString()).isEqualTo("urn:flock:problem:not-yet-consistent");
            heldUp.release();
            assertThat(flock.get("/api/users/patient").status()).isEqualTo(200);
        } finally {
            heldUp.release();
        }
    }

    private static List<JsonNode> timeline(EventFedFlock flock) {
        return flock.all("/api/users/resumer/timeline", 100, "Authorization", flock.bearerOf("resumer"));
    }

    /** A query side on the database, counting every event its processors handle. */
    private static ConfigurableApplicationContext startQuerySide(String jdbcUrl, AtomicInteger handled) {
        MessageHandlerInterceptor<EventMessage<?>> counter = (unitOfWork, chain) -> {
            handled.incrementAndGet();
            return chain.proceed();
        };
        return TestServices.startQuerySide(jdbcUrl, configurer -> configurer.eventProcessing()
                .registerDefaultHandlerInterceptor((config, name) -> counter));
    }
}
