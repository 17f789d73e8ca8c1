package dev.flock.benchmark;

import static dev.flock.benchmark.Scenario.seconds;

import java.sql.Connection;
import java.sql.Statement;

/**
 * {@code VACUUM ANALYZE} of the whole database, untimed: after millions of new rows autovacuum would otherwise
 * run through the next timed loads, at a different moment in every run.
 */
final class Settle implements Scenario {

    @Override
    public void run(BenchmarkRun run) throws Exception {
        long began = System.nanoTime();
        try (Connection db = run.connect(); Statement sql = db.createStatement()) {
            sql.execute("vacuum analyze");
        }
        Benchmark.log("vacuum analyze: %.0f s (untimed)", seconds(began));
    }
}
