package dev.flock.system;

import dev.flock.system.support.Flock;
import dev.flock.system.support.FlockModel;
import dev.flock.system.support.FlockSystemTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Thousands of random follows, unfollows and posts over dozens of users, through the command API from several
 * threads, while every view's processor is stopped; then the processors start and catch up with 4 segments each,
 * in batches, in parallel, which is where a wrong sequencing policy loses or doubles timeline entries. Every
 * user's whole timeline (page by page), follower and following lists and counts are then compared with a model
 * computed here from the commands alone.
 */
@FlockSystemTest
class TimelineModelIT {

    private static final int USERS = 40;
    private static final int OPERATIONS = 2_400;
    private static final int THREADS = 4;

    @LocalServerPort
    int queryPort;
    @Value("${flock.test.command-port}")
    int commandPort;
    @Autowired
    EventProcessingConfiguration processors;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 42, 2026})
    void everyViewEqualsTheModelAfterAParallelCatchUp(long seed) throws Exception {
        Flock flock = new Flock(commandPort, queryPort);
        List<String> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            users.add("m" + seed + "_user" + i);
        }
        for (String user : users) {
            flock.register(user);
        }
        FlockModel model = new FlockModel();

        processors.eventProcessors().values().forEach(EventProcessor::shutDown);
        try {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                // Each thread acts for its own users, so every user's commands keep their order.
                List<String> mine = users.subList(t * USERS / THREADS, (t + 1) * USERS / THREADS);
                Random random = new Random(seed * 31 + t);
                work.add(pool.submit(() -> model.act(flock, random, mine, users, OPERATIONS / THREADS)));
            }
            for (Future<?> done : work) {
                done.get();
            }
            pool.shutdown();
        } finally {
            processors.eventProcessors().values().forEach(EventProcessor::start);
        }

        model.assertViews(flock, users, new Random(seed));
    }
}
