package dev.flock.benchmark;

import static dev.flock.benchmark.Scenario.rate;
import static dev.flock.benchmark.Scenario.ratio;
import static dev.flock.benchmark.Scenario.seconds;

import java.sql.Connection;
import java.sql.Statement;

/** The baseline of fan-out: copying the timeline's rows with one INSERT .. SELECT into a table like it. */
final class FanOutBaseline implements Scenario {

    @Override
    public void run(BenchmarkRun run) throws Exception {
        String entries = run.live("timeline") + ".timeline_entry";
        try (Connection db = run.connect(); Statement sql = db.createStatement()) {
            sql.execute("drop table if exists public.bench_fanout");
            sql.execute("create table public.bench_fanout (like " + entries + " including all)");
            long began = System.nanoTime();
            int rows = sql.executeUpdate("insert into public.bench_fanout select * from " + entries);
            double perSecond = rows / seconds(began);
            sql.execute("drop table public.bench_fanout");
            Report report = run.report;
            report.add("Fan-out rows/s (first build of the timeline)", rate(report.fanOutRowsPerSecond),
                    rate(perSecond) + " (INSERT .. SELECT)", ratio(report.fanOutRowsPerSecond / perSecond), "≥ 0.5");
            report.insertSelectRowsPerSecond = perSecond;
        }
    }
}
