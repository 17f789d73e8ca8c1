package dev.flock.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.query.support.TestServices;
import dev.flock.system.support.Flock;
import dev.flock.system.support.FlockSystemInitializer;
import dev.flock.system.support.FlockSystemTest;
import dev.flock.testsupport.Http;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Many clients acting on the same user at once, through two command-side instances on one database, so that the
 * instances' appends really race: no 5xx, no event lost or doubled, the optimistic-concurrency conflicts retried
 * inside the service, and every view equal to what the events say.
 */
@FlockSystemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentCommandsIT {

    private static final int THREADS = 8;
    private static final int PER_THREAD = 30;

    @LocalServerPort
    int queryPort;
    @Value("${flock.test.command-port}")
    int commandPort;
    @Value("${flock.test.command-management-port}")
    int commandManagementPort;
    @Value("${spring.datasource.url}")
    String jdbcUrl;
    @Autowired
    JdbcClient jdbc;

    private ConfigurableApplicationContext secondCommandSide;
    private int secondPort;
    private int secondManagementPort;

    @BeforeAll
    void startSecondCommandSide() {
        secondCommandSide = FlockSystemInitializer.startCommandSide(jdbcUrl);
        secondPort = ((WebServerApplicationContext) secondCommandSide).getWebServer().getPort();
        secondManagementPort = TestServices.managementPort(secondCommandSide);
    }

    @AfterAll
    void stopSecondCommandSide() {
        secondCommandSide.close();
    }

    @Test
    void followsUnfollowsAndPostsOnOneUserFromManyClientsAndTwoInstancesLoseAndDoubleNothing() throws Exception {
        Flock flock = new Flock(commandPort, queryPort);
        flock.register("crowded");
        flock.register("crowd_target");
        String bearer = flock.bearerOf("crowded");
        long conflictsBefore = conflicts(commandManagementPort) + conflicts(secondManagementPort);

        Set<String> published = ConcurrentHashMap.newKeySet();
        List<String> failures = new CopyOnWriteArrayList<>();
        AtomicLong newest = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Http instance = new Http(t % 2 == 0 ? commandPort : secondPort);
            boolean poster = t < THREADS / 2;
            int thread = t;
            work.add(pool.submit((Callable<Void>) () -> {
                start.await();
                for (int i = 0; i < PER_THREAD; i++) {
                    Http.Answer answer;
                    if (poster) {
                        answer = instance.send("POST", "/api/users/crowded/posts",
                                "{\"body\":\"post " + thread + "-" + i + "\"}", "Authorization", bearer);
                        if (answer.status() == 201) {
                            published.add(answer.json().get("id").asString());
                        }
                    } else {
                        answer = instance.send(i % 2 == 0 ? "PUT" : "DELETE",
                                "/api/users/crowded/following/crowd_target", null, "Authorization", bearer);
                    }
                    if (answer.status() != 201 && answer.status() != 204) {
                        failures.add(answer.status() + " " + answer.body());
                    } else {
                        newest.accumulateAndGet(Long.parseLong(answer.header("Consistency-Token")), Math::max);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> done : work) {
            done.get();
        }
        pool.shutdown();

        assertThat(failures).as("answers other than 201/204").isEmpty();
        assertThat(published).hasSize(THREADS / 2 * PER_THREAD);
        long conflicts = conflicts(commandManagementPort) + conflicts(secondManagementPort) - conflictsBefore;
        assertThat(conflicts).as("optimistic-concurrency conflicts met (and retried)").isPositive();
        LoggerFactory.getLogger(ConcurrentCommandsIT.class).info("{} commands on one user through two instances: "
                + "{} conflicts retried, no error", THREADS * PER_THREAD, conflicts);

        String crowded = jdbc.sql("""
                        select aggregate_identifier from eventstore.domain_event_entry
                        where payload_type like '%UserRegistered'
                          and convert_from(payload, 'UTF8')::json->>'username' = 'crowded'""")
                .query(String.class).single();
        List<String> types = jdbc.sql("""
                        select payload_type from eventstore.domain_event_entry
                        where aggregate_identifier = :crowded order by sequence_number""")
                .param("crowded", crowded)
                .query(String.class).list();
        // bodies are stored encrypted: the posts are found by their author
        List<String> postIds = jdbc.sql("""
                        select convert_from(payload, 'UTF8')::json->>'postId' from eventstore.domain_event_entry
                        where payload_type like '%PostPublished' and aggregate_identifier = :crowded""")
                .param("crowded", crowded)
                .query(String.class).list();
        assertThat(postIds).as("each 201 is one event, none lost, none doubled")
                .hasSize(published.size()).containsExactlyInAnyOrderElementsOf(published);
        String previous = null;
        boolean following = false;
        for (String type : types) {
            if (type.endsWith("UserFollowed") || type.endsWith("UserUnfollowed")) {
                assertThat(type).as("follow events alternate").isNotEqualTo(previous);
                previous = type;
                following = type.endsWith("UserFollowed");
            }
        }

        JsonNode profile = new Http(queryPort).send("GET", "/api/users/crowded", null,
                "Consistency-Token", Long.toString(newest.get())).json();
        assertThat(profile.get("posts").asLong()).isEqualTo(published.size() + 0L);
        assertThat(profile.get("following").asLong()).isEqualTo(following ? 1 : 0);
        assertThat(new Http(queryPort).send("GET", "/api/users/crowded/timeline?limit=1", null,
                "Authorization", bearer, "Consistency-Token", Long.toString(newest.get())).status()).isEqualTo(200);
        List<JsonNode> timeline = flock.all("/api/users/crowded/timeline", 100, "Authorization", bearer);
        Set<String> onTimeline = new HashSet<>();
        timeline.forEach(post -> onTimeline.add(post.get("id").asString()));
        assertThat(timeline).hasSize(published.size());
        assertThat(onTimeline).isEqualTo(published);
    }

    /**
     * Each instance keeps the users it served in memory; a user changed through the other instance since is older
     * there than in the store. The first instance must not act on that copy: here it has not seen the idempotency
     * key used through the second, so its append collides with the second's event (a conflict, counted), and the
     * command runs again on the user as stored, which answers the second's post instead of publishing another.
     */
    @Test
    void aUserCachedByOneInstanceAndChangedThroughTheOtherIsActedOnAsStored() {
        Flock flock = new Flock(commandPort, queryPort);
        flock.register("cached");
        String bearer = flock.bearerOf("cached");
        Http first = new Http(commandPort);
        Http second = new Http(secondPort);
        String path = "/api/users/cached/posts";
        assertThat(first.send("POST", path, "{\"body\":\"through the first\"}", "Authorization", bearer,
                "Idempotency-Key", "key-1").status()).isEqualTo(201);
        Http.Answer published = second.send("POST", path, "{\"body\":\"through the second\"}", "Authorization",
                bearer, "Idempotency-Key", "key-2");
        assertThat(published.status()).isEqualTo(201);
        long conflictsBefore = conflicts(commandManagementPort);

        Http.Answer again = first.send("POST", path, "{\"body\":\"through the second\"}", "Authorization", bearer,
                "Idempotency-Key", "key-2");

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id").asString()).isEqualTo(published.json().get("id").asString());
        assertThat(conflicts(commandManagementPort) - conflictsBefore)
                .as("the first instance acted on its older copy once, then on the user as stored").isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from eventstore.domain_event_entry e
                        where e.payload_type like '%PostPublished'
                          and e.aggregate_identifier = (select user_id from command.user_lookup
                                                        where username = 'cached')""")
                .query(Long.class).single()).isEqualTo(2);
    }

    /** Commands of an instance that rolled back on a concurrent append, from its metrics (Actuator's port). */
    private static long conflicts(int port) {
        String metrics = new Http(port).send("GET", "/actuator/prometheus", null).body();
        return metrics.lines()
                .filter(line -> line.startsWith("flock_commands_seconds_count{")
                        && line.contains("outcome=\"ConcurrencyException\""))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
