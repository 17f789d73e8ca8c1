package dev.flock.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.flock.system.support.Flock;
import dev.flock.system.support.FlockModel;
import dev.flock.system.support.ServiceProcess;
import dev.flock.testsupport.EmbeddedPostgresInitializer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two command-side and two query-side instances, each its own process from the packaged jars, on one database: the
 * query sides share every view's segments through the token store, commands are spread over both command sides,
 * and every view, read through either query side, equals what one instance would show (a model of the commands).
 * Then one query side is killed with -9 and the other must hold all segments within 10 seconds (with a 5 s claim
 * timeout, {@link ServiceProcess#QUICK_FAILOVER}) and keep the views current.
 */
class ScaleOutIT {

    private static final Logger log = LoggerFactory.getLogger(ScaleOutIT.class);
    private static final int USERS = 24;
    private static final int THREADS = 4;
    private static final int OPERATIONS = 1_200;
    private static final int SEGMENTS = 4;

    @Test
    void twoOfEachShareTheWorkProduceTheSameViewsAndSurviveTheLossOfAQuerySide() throws Exception {
        String jdbcUrl = EmbeddedPostgresInitializer.newDatabase();
        JdbcClient database = JdbcClient.create(new DriverManagerDataSource(jdbcUrl, "postgres", "postgres"));
        Map<String, String> env = ServiceProcess.QUICK_FAILOVER;
        try (ServiceProcess command1 = ServiceProcess.start("command-side", jdbcUrl, "scale-c1.log", env);
             ServiceProcess command2 = ServiceProcess.start("command-side", jdbcUrl, "scale-c2.log", env);
             ServiceProcess query1 = ServiceProcess.start("query-side", jdbcUrl, "scale-q1.log", env);
             ServiceProcess query2 = ServiceProcess.start("query-side", jdbcUrl, "scale-q2.log", env)) {
            List<Integer> commandSides = List.of(command1.port(), command2.port());

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> liveSegmentsByOwner(database).values().stream()
                            .allMatch(owned -> owned == SEGMENTS * Flock.VIEWS.size() / 2)
                            && liveSegmentsByOwner(database).size() == 2);
            log.info("Live segments per query-side instance: {}", liveSegmentsByOwner(database));

            Flock flock = new Flock(commandSides, query1.port());
            List<String> users = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                users.add("scale_user" + i);
                flock.register(users.get(i));
            }
            FlockModel model = new FlockModel();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                List<String> mine = users.subList(t * USERS / THREADS, (t + 1) * USERS / THREADS);
                Random random = new Random(2026 + t);
                work.add(pool.submit(() -> model.act(flock, random, mine, users, OPERATIONS / THREADS)));
            }
            for (Future<?> done : work) {
                done.get();
            }
            pool.shutdown();
            assertThat(liveSegmentsByOwner(database)).as("both query sides kept their share throughout")
                    .hasSize(2)
                    .allSatisfy((owner, owned) -> assertThat(owned).isEqualTo(SEGMENTS * Flock.VIEWS.size() / 2));

            model.assertViews(flock, users, new Random(1));
            flock.useQuerySide(query2.port());
            model.assertViews(flock, users, new Random(2));

            query2.kill();
            long killedAt = System.nanoTime();
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> liveSegmentsByOwner(database).size() == 1
                            && liveSegmentsByOwner(database).values().iterator().next()
                            == SEGMENTS * Flock.VIEWS.size());
            double failoverSeconds = (System.nanoTime() - killedAt) / 1e9;
            log.info("Failover: the surviving query side held every segment {} s after the kill", failoverSeconds);

            flock.useQuerySide(query1.port());
            Random random = new Random(7);
            model.act(flock, random, users, users, 200);
            model.assertViews(flock, users, new Random(3));
        }
    }

    /** How many segments of the live processors each instance holds (a claim counts while it is fresh). */
    private static Map<String, Integer> liveSegmentsByOwner(JdbcClient database) {
        Map<String, Integer> owned = new HashMap<>();
        database.sql("""
                        select t.owner, count(*) from query.token_entry t
                        join query.projection_slot s on t.processor_name = s.view_name || '-' || s.live_slot
                        where t.owner is not null
                        group by t.owner""")
                .query((rs, row) -> owned.put(rs.getString(1), rs.getInt(2)))
                .list();
        return owned;
    }
}
