package dev.flock.benchmark;

import dev.flock.query.FlockQueryApplication;
import dev.flock.query.projection.ProjectionSlots;
import dev.flock.query.support.SyntheticEvents;
import dev.flock.testsupport.EmbeddedPostgresInitializer;
import dev.flock.testsupport.Http;
import dev.flock.testsupport.TestKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

/**
 * How fast a view is rebuilt from the events, against the floor of writing the same rows with one
 * {@code INSERT .. SELECT} in the same database. Run by {@code scripts/replay-benchmark.sh}.
 *
 * <p>Appends a power-law history of {@code events} events (default 1,000,000) to a fresh event store, starts the
 * query side, and times (1) the first build of all four views, concurrently, from the first event, and (2) an
 * operator replay of the timeline alone. The baseline copies every row of the built views with
 * {@code INSERT .. SELECT} into empty tables of the same shape.
 */
public final class ReplaySpeed {

    private static final Map<String, List<String>> TABLES = Map.of(
            "profiles", List.of("profile"),
            "follows", List.of("follow", "follow_count"),
            "posts", List.of("post", "post_author", "post_count"),
            "timeline", List.of("timeline_user", "timeline_post", "timeline_follow", "timeline_entry"));

    private ReplaySpeed() {
    }

    public static void main(String[] args) throws Exception {
        int users = Integer.getInteger("users", 20_000);
        int follows = Integer.getInteger("follows", 10);
        int posts = Integer.getInteger("posts", 800_000);
        String jdbcUrl = EmbeddedPostgresInitializer.newDatabase();
        JdbcClient db = JdbcClient.create(new DriverManagerDataSource(jdbcUrl, "postgres", "postgres"));

        List<String> appArgs = new ArrayList<>();
        for (String property : EmbeddedPostgresInitializer.datasourceProperties(jdbcUrl)) {
            appArgs.add("--" + property);
        }
        appArgs.addAll(List.of("--server.port=0", "--flock.jwt.public-keys=" + TestKeys.publicKey(),
                "--flock.admin.username=operator", "--flock.admin.password=benchmark-operator",
                "--logging.level.root=WARN", "--logging.level.dev.flock.query.projection.replay=INFO"));

        // The event store schema exists once a service has started; append while no processor can see it yet.
        try (ConfigurableApplicationContext warmup = FlockQueryApplication.application()
                .run(appArgs.toArray(String[]::new))) {
            warmup.getBean(EventProcessingConfiguration.class).eventProcessors().values()
                    .forEach(EventProcessor::shutDown);
            long started = System.nanoTime();
            long events = SyntheticEvents.append(db, users, follows, posts, 7);
            System.out.printf("appended %,d events in %.1f s%n", events, seconds(started));
            db.sql("delete from query.token_entry").update();
            for (String view : TABLES.keySet()) {
                for (String table : TABLES.get(view)) {
                    db.sql("truncate " + ProjectionSlots.schema(view, "a") + "." + table).update();
                }
            }
        }

        long head = db.sql("select max(global_index) from eventstore.domain_event_entry").query(Long.class).single();
        long started = System.nanoTime();
        try (ConfigurableApplicationContext query = FlockQueryApplication.application()
                .run(appArgs.toArray(String[]::new))) {
            Http admin = new Http(((WebServerApplicationContext) query).getWebServer().getPort());
            String operator = Http.basic("operator", "benchmark-operator");
            while (!allAt(admin, operator, head)) {
                Thread.sleep(200);
            }
            double build = seconds(started);
            System.out.printf("first build, 4 views at once: %,d events in %.1f s = %,.0f events/s per view%n",
                    head, build, head / build);

            long rows = 0;
            long copyStarted = System.nanoTime();
            for (String view : TABLES.keySet()) {
                for (String table : TABLES.get(view)) {
                    String source = ProjectionSlots.schema(view, "a") + "." + table;
                    db.sql("create table public.copy_" + table + " (like " + source + " including all)").update();
                    rows += db.sql("insert into public.copy_" + table + " select * from " + source).update();
                }
            }
            double copy = seconds(copyStarted);
            System.out.printf("baseline INSERT .. SELECT of the same %,d rows: %.1f s = %,.0f events/s%n", rows,
                    copy, head / copy);
            System.out.printf("ratio first build / baseline: %.3f%n", copy / build);

            long replayStarted = System.nanoTime();
            admin.send("POST", "/api/admin/projections/timeline/replay", null, "Authorization", operator);
            while (replaying(admin, operator)) {
                Thread.sleep(200);
            }
            double replay = seconds(replayStarted);
            System.out.printf("operator replay of the timeline alone: %,d events in %.1f s = %,.0f events/s%n",
                    head, replay, head / replay);
            System.out.printf("timeline entries: %,d%n", db.sql("select count(*) from timeline_b.timeline_entry")
                    .query(Long.class).single());
        }
        System.exit(0); // the embedded PostgreSQL's and Axon's threads would keep the JVM alive
    }

    private static boolean allAt(Http admin, String operator, long head) {
        for (JsonNode view : admin.send("GET", "/api/admin/projections", null, "Authorization", operator).json()) {
            if (view.get("position").asLong() < head) {
                return false;
            }
        }
        return true;
    }

    private static boolean replaying(Http admin, String operator) {
        for (JsonNode view : admin.send("GET", "/api/admin/projections", null, "Authorization", operator).json()) {
            if (view.get("replaying").asBoolean()) {
                return true;
            }
        }
        return false;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
