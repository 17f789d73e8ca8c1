package dev.flock.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.flock.system.support.Flock;
import dev.flock.system.support.ServiceProcess;
import dev.flock.testsupport.EmbeddedPostgresInitializer;
import dev.flock.testsupport.Http;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Timed mutes end by themselves, through a deadline stored with the command that muted (db-scheduler's table in the
 * same transaction), also when the command side is down at the mute's end: the packaged command side is killed
 * right after the mute and started again after its end, and the mute ends then. Each end is an
 * {@code UserUnmuted} event, so the timeline gets the author's posts back, and a replay of the timeline rebuilds
 * the same.
 */
class TimedMuteIT {

    private static final String OPERATOR = Http.basic("operator", "test-operator-password");

    private final Map<String, String> env = ServiceProcess.TEST_ENVIRONMENT;

    @Test
    void aTimedMuteEndsByItselfAndOneThatEndsWhileItsServiceIsDownEndsWhenItComesBack() throws Exception {
        String jdbcUrl = EmbeddedPostgresInitializer.newDatabase();
        JdbcClient database = JdbcClient.create(new DriverManagerDataSource(jdbcUrl, "postgres", "postgres"));
        ServiceProcess commandSide = ServiceProcess.start("command-side", jdbcUrl, "mute-c.log", env);
        try (ServiceProcess querySide = ServiceProcess.start("query-side", jdbcUrl, "mute-q.log", env)) {
            Flock flock = new Flock(commandSide.port(), querySide.port());
            flock.register("mute_ann");
            flock.register("mute_ben");
            flock.follow("mute_ann", "mute_ben");
            String post = flock.post("mute_ben", "hello");

            flock.command("mute_ann", "PUT", "/api/users/mute_ann/mutes/mute_ben", "{\"durationSeconds\":1}", 204);
            assertThat(timeline(flock)).isEmpty();
            await().atMost(Duration.ofSeconds(20)).until(() -> timeline(flock).contains(post));
            assertThat(expiredMutes(database)).isEqualTo(1);

            flock.command("mute_ann", "PUT", "/api/users/mute_ann/mutes/mute_ben", "{\"durationSeconds\":2}", 204);
            Instant end = Instant.now().plusSeconds(2);
            commandSide.kill();
            await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(end.plusSeconds(2)));
            assertThat(timeline(flock)).as("nothing ended the mute while its service was down").isEmpty();
            assertThat(expiredMutes(database)).isEqualTo(1);

            commandSide = ServiceProcess.start("command-side", jdbcUrl, "mute-c.log", env);
            await().atMost(Duration.ofSeconds(20)).until(() -> timeline(flock).contains(post));
            assertThat(expiredMutes(database)).isEqualTo(2);

            // the ends are events: a replay of the timeline rebuilds it with the post back
            Http admin = new Http(querySide.port());
            assertThat(admin.send("POST", "/api/admin/projections/timeline/replay", null, "Authorization", OPERATOR)
                    .status()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(60)).until(() -> StreamSupport.stream(admin.send("GET",
                            "/api/admin/projections", null, "Authorization", OPERATOR).json().spliterator(), false)
                    .noneMatch(projection -> projection.get("replaying").asBoolean()));
            assertThat(timeline(flock)).containsExactly(post);
        } finally {
            commandSide.close();
        }
    }

    /** The timeline as it is now (no consistency token: the deadline's event has none). */
    private static List<String> timeline(Flock flock) {
        return flock.queries().send("GET", "/api/users/mute_ann/timeline", null, "Authorization",
                        flock.bearerOf("mute_ann")).json().get("items").valueStream()
                .map(item -> item.get("id").asString()).toList();
    }

    private static long expiredMutes(JdbcClient database) {
        return database.sql("""
                        select count(*) from eventstore.domain_event_entry
                        where payload_type = 'dev.flock.events.UserUnmuted'
                          and convert_from(payload, 'UTF8')::jsonb ->> 'reason' = 'EXPIRED'""")
                .query(Long.class).single();
    }
}
