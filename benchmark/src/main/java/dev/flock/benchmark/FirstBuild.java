package dev.flock.benchmark;

import static dev.flock.benchmark.Scenario.rate;
import static dev.flock.benchmark.Scenario.seconds;

import java.util.LinkedHashMap;
import java.util.Map;

/** The first build of every view from the first event, all four views at once, watched in the lag metric. */
final class FirstBuild implements Scenario {

    @Override
    public void run(BenchmarkRun run) throws Exception {
        Map<String, Double> doneAt = new LinkedHashMap<>();
        while (doneAt.size() < 4) {
            Map<String, Double> lag = run.gauge("flock_projection_lag_events");
            for (Map.Entry<String, Double> view : lag.entrySet()) {
                if (!doneAt.containsKey(view.getKey()) && view.getValue() == 0) {
                    doneAt.put(view.getKey(), seconds(run.buildStarted));
                }
            }
            Thread.sleep(200); // polling the metrics, which have no push
        }
        long rows = run.count("select count(*) from " + run.live("timeline") + ".timeline_entry");
        double timeline = doneAt.get("timeline");
        Benchmark.log("views built: %s (timeline: %,d rows)", doneAt, rows);
        run.report.buildSeconds = timeline;
        run.report.timelineRows = rows;
        run.report.add("First build of all 4 views, events/s per view", rate(run.events / doneAt.values().stream()
                .mapToDouble(Double::doubleValue).max().orElseThrow()), "", "", "");
        run.report.fanOutRowsPerSecond = rows / timeline;
    }
}
