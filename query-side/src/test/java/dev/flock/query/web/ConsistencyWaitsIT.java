package dev.flock.query.web;

import static dev.flock.query.support.TestServices.managementPort;
import static dev.flock.query.support.TestServices.port;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.flock.events.UserRegistered;
import dev.flock.query.support.EventStoreFixture;
import dev.flock.query.support.HeldUpViews;
import dev.flock.query.support.TestServices;
import dev.flock.testsupport.EmbeddedPostgresInitializer;
import dev.flock.testsupport.Http;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Reads that send a {@code Consistency-Token} cannot starve anything: a token beyond the event store's head is a
 * 400 at once, reads that wait hold no request thread, and the number of waiting reads is bounded. Each flood is
 * bounded in count and time and goes to this machine only; ordinary reads and health checks must each answer
 * within a second while it lasts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsistencyWaitsIT {

    private static final Logger log = LoggerFactory.getLogger(ConsistencyWaitsIT.class);
    /** More than Tomcat's 200 request threads: waiting reads that each held a thread would leave none. */
    private static final int WAITERS = 250;
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    private final HeldUpViews heldUp = new HeldUpViews();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ConfigurableApplicationContext querySide;
    private EventStoreFixture events;

    @BeforeAll
    void start() {
        String jdbcUrl = EmbeddedPostgresInitializer.newDatabase();
        querySide = TestServices.startQuerySide(jdbcUrl, heldUp,
                "--flock.consistency.max-wait=60s", "--flock.consistency.max-waiters=" + WAITERS);
        events = new EventStoreFixture(jdbcUrl);
        String reader = UUID.randomUUID().toString();
        long registered = events.append(reader, new UserRegistered(reader, "reader", "r@example.com"));
        assertThat(read("/api/users/reader", "Consistency-Token", Long.toString(registered)).join().statusCode())
                .isEqualTo(200);
    }

    @AfterAll
    void stop() {
        heldUp.release();
        querySide.close();
    }

    @Test
    void aFloodOfTokensFromTheFarFutureIsRefusedAtOnceWhileOthersAreServed() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < 220; i++) {
            flood.add(read("/api/users/reader", "Consistency-Token", Long.toString(Long.MAX_VALUE)));
        }
        assertOthersAreServedPromptly();
        for (CompletableFuture<HttpResponse<String>> answer : flood) {
            HttpResponse<String> response = answer.get(10, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("Consistency-Token");
        }
        log.info("220 far-future tokens answered 400 in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void readsWaitingForAHeldUpViewHoldNoThreadAndAreBounded() throws Exception {
        ConsistencyWaits waits = querySide.getBean(ConsistencyWaits.class);
        heldUp.holdUp();
        String awaited = UUID.randomUUID().toString();
        String token = Long.toString(events.append(awaited, new UserRegistered(awaited, "awaited", "a@example.com")));
        List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
        for (int i = 0; i < WAITERS; i++) {
            waiting.add(read("/api/users/awaited", "Consistency-Token", token));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> waits.waiting() == WAITERS);

        HttpResponse<String> oneTooMany = read("/api/users/awaited", "Consistency-Token", token)
                .get(ONE_SECOND.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(oneTooMany.statusCode()).isEqualTo(503);
        assertThat(oneTooMany.headers().firstValue("Retry-After")).hasValue("1");
        assertOthersAreServedPromptly();
        assertThat(waiting).noneMatch(CompletableFuture::isDone);

        heldUp.release();
        for (CompletableFuture<HttpResponse<String>> answer : waiting) {
            HttpResponse<String> response = answer.get(30, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"username\":\"awaited\"");
        }
        assertThat(waits.waiting()).isZero();
    }

    /** Ordinary reads and health checks, one after the other, each answered within a second. */
    private void assertOthersAreServedPromptly() {
        Http queries = new Http(port(querySide));
        Http health = new Http(managementPort(querySide));
        for (int i = 0; i < 20; i++) {
            long started = System.nanoTime();
            assertThat(queries.send("GET", "/api/users/reader", null).status()).isEqualTo(200);
            assertThat(health.send("GET", "/actuator/health", null).status()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ONE_SECOND);
        }
    }

    private CompletableFuture<HttpResponse<String>> read(String path, String... headers) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port(querySide) + path))
                .headers(headers).timeout(Duration.ofSeconds(90)).build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }
}
