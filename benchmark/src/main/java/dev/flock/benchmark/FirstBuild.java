package dev.flock.benchmark;

import static dev.flock.benchmark.Scenario.rate;
import static dev.flock.benchmark.Scenario.ratio;
import static dev.flock.benchmark.Scenario.seconds;

import java.util.LinkedHashMap;
import java.util.Map;

/** The first build of every view from the first event, all views at once, watched in the lag metric. */
final class FirstBuild implements Scenario {

    /** Whether this measures the baseline query side (before v2): then only its events/s is kept, for the ratio. */
    private final boolean baseline;

    FirstBuild() {
        this(false);
    }

    FirstBuild(boolean baseline) {
        this.baseline = baseline;
    }

    @Override
    public void run(BenchmarkRun run) throws Exception {
        Map<String, Double> doneAt = new LinkedHashMap<>();
        long views = run.count("select count(*) from query.projection_slot");
        while (doneAt.size() < views) {
            Map<String, Double> lag = run.gauge("flock_projection_lag_events");
            for (Map.Entry<String, Double> view : lag.entrySet()) {
                if (!doneAt.containsKey(view.getKey()) && view.getValue() == 0) {
                    doneAt.put(view.getKey(), seconds(run.buildStarted));
                }
            }
            Thread.sleep(200); // polling the metrics, which have no push
        }
        double perView = run.events / doneAt.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        if (baseline) {
            Benchmark.log("baseline views built: %s", doneAt);
            run.report.baselineBuildPerView = perView;
            return;
        }
        long rows = run.count("select count(*) from " + run.live("timeline") + ".timeline_entry");
        double timeline = doneAt.get("timeline");
        Benchmark.log("views built: %s (timeline: %,d rows)", doneAt, rows);
        run.report.buildSeconds = timeline;
        run.report.timelineRows = rows;
        run.report.add("First build of all %d views, events/s per view".formatted(views), rate(perView),
                run.report.baselineBuildPerView > 0
                        ? rate(run.report.baselineBuildPerView) + " (the query side before v2, same data)" : "",
                run.report.baselineBuildPerView > 0 ? ratio(perView / run.report.baselineBuildPerView) : "", "");
        run.report.fanOutRowsPerSecond = rows / timeline;
    }
}
