package dev.flock.system;

import static dev.flock.testsupport.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.flock.query.projection.ProjectionSlots;
import dev.flock.query.support.SyntheticEvents;
import dev.flock.system.support.Flock;
import dev.flock.system.support.ServiceProcess;
import dev.flock.testsupport.EmbeddedPostgresInitializer;
import dev.flock.testsupport.Http;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

/**
 * A replay survives kill -9: the packaged query side is killed in the middle of rebuilding the timeline (no
 * shutdown hook, claims left held), started again, and finishes the replay; the rebuilt view equals, row for row,
 * the one it replaces.
 */
class ReplayCrashIT {

    private static final String OPERATOR = basic("operator", "test-operator-password");
    @Test
    void aQuerySideKilledMidReplayFinishesItWithTheSameResult() throws Exception {
        String jdbcUrl = EmbeddedPostgresInitializer.newDatabase();
        JdbcClient database = JdbcClient.create(new DriverManagerDataSource(jdbcUrl, "postgres", "postgres"));
        Map<String, String> env = ServiceProcess.TEST_ENVIRONMENT;

        ServiceProcess first = ServiceProcess.start("query-side", jdbcUrl, "crash-first.log", env);
        long events = SyntheticEvents.append(database, 400, 6, 6_000, 42);
        Http admin = new Http(first.port());
        await().atMost(Duration.ofSeconds(120)).until(() -> allCaughtUp(admin));
        Map<String, String> before = checksums(database);

        assertThat(admin.send("POST", "/api/admin/projections/timeline/replay", null, "Authorization", OPERATOR)
                .status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> progress(admin, "timeline") > 0.05);
        double progressAtKill = progress(admin, "timeline");
        first.kill();
        assertThat(progressAtKill).as("killed in the middle of the replay").isLessThan(1.0);

        try (ServiceProcess second = ServiceProcess.start("query-side", jdbcUrl, "crash-second.log", env)) {
            Http again = new Http(second.port());
            await().atMost(Duration.ofSeconds(120)).until(() -> !replaying(again, "timeline"));
            assertThat(checksums(database)).isEqualTo(before);
            assertThat(events).isGreaterThan(8_000);
        }
    }

    /** A digest of every row of every table (but Flyway's) of every view's live slot. */
    private static Map<String, String> checksums(JdbcClient database) {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String view : Flock.VIEWS) {
            String slot = database.sql("select live_slot from query.projection_slot where view_name = :view")
                    .param("view", view).query(String.class).single();
            String schema = ProjectionSlots.schema(view, slot);
            List<String> tables = database.sql("""
                            select table_name from information_schema.tables
                            where table_schema = :schema and table_name <> 'flyway_schema_history'""")
                    .param("schema", schema).query(String.class).list();
            assertThat(tables).as("tables of %s", schema).isNotEmpty();
            for (String table : tables) {
                String name = schema + "." + table;
                sums.put(view + "." + table, database.sql("select count(*) || ':' || coalesce(md5(string_agg(t::text, "
                        + "'|' order by t::text)), '') from " + name + " t").query(String.class).single());
            }
        }
        return sums;
    }

    private static JsonNode projections(Http admin) {
        return admin.send("GET", "/api/admin/projections", null, "Authorization", OPERATOR).json();
    }

    private static boolean allCaughtUp(Http admin) {
        for (JsonNode projection : projections(admin)) {
            if (projection.get("position").asLong() < projection.get("headPosition").asLong()
                    || projection.get("headPosition").asLong() == 0) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode projection(Http admin, String view) {
        for (JsonNode projection : projections(admin)) {
            if (projection.get("name").asString().equals(view)) {
                return projection;
            }
        }
        throw new AssertionError("no projection " + view);
    }

    /** How far the replay of the view has come; 1 once it is not replaying. */
    private static double progress(Http admin, String view) {
        JsonNode projection = projection(admin, view);
        return projection.get("replaying").asBoolean() ? projection.get("progress").asDouble() : 1.0;
    }

    private static boolean replaying(Http admin, String view) {
        return projection(admin, view).get("replaying").asBoolean();
    }
}
