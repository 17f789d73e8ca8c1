package dev.flock.benchmark;

import static dev.flock.benchmark.Scenario.rate;
import static dev.flock.benchmark.Scenario.ratio;
import static dev.flock.benchmark.Scenario.seconds;

/**
 * An operator's replay of the timeline while it is live: events and rows per second over the whole replay, and
 * the fan-out's own rows per second over the part of the replay that handles the posts (the dataset appends
 * them last; registrations and follows before them write no timeline rows). Watched in the database, not the
 * operator API, whose every call costs a slow password hash.
 */
final class TimelineReplay implements Scenario {

    @Override
    public void run(BenchmarkRun run) throws Exception {
        long began = System.nanoTime();
        run.admin("POST", "/api/admin/projections/timeline/replay");
        String building = "timeline_"
                + run.text("select building_slot from query.projection_slot where view_name = ?", "timeline");
        double postsFrom = -1;
        long rowsBefore = 0;
        // 0: the replay is over; 1: building, the slot not emptied yet; 2: building the emptied slot
        long state;
        while ((state = run.count("select case when building_slot is null then 0 when reset_done then 2 else 1 end"
                + " from query.projection_slot where view_name = 'timeline'")) > 0) {
            if (postsFrom < 0 && state == 2
                    && run.count("select count(*) from (select 1 from " + building + ".timeline_post limit 1) p") > 0) {
                postsFrom = seconds(began);
                rowsBefore = run.count("select count(*) from " + building + ".timeline_entry");
            }
            Thread.sleep(100); // polling, the replay has no push
        }
        double took = seconds(began);
        Report report = run.report;
        double rowsPerSecond = report.timelineRows / took;
        double fanOutPerSecond = (report.timelineRows - rowsBefore) / (took - postsFrom);
        Benchmark.log("replay: posts from %.1f s of %.1f s, %,d rows before them", postsFrom, took, rowsBefore);
        report.add("Replay of the timeline, events/s", rate(run.events / took), "", "", "");
        report.add("Replay of the timeline, rows/s", rate(rowsPerSecond),
                rate(report.insertSelectRowsPerSecond) + " (INSERT .. SELECT)",
                ratio(rowsPerSecond / report.insertSelectRowsPerSecond), "≥ 0.5");
        report.add("Fan-out rows/s while the replay handles the posts (%.0f of %.0f s)".formatted(took - postsFrom,
                        took), rate(fanOutPerSecond), rate(report.insertSelectRowsPerSecond) + " (INSERT .. SELECT)",
                ratio(fanOutPerSecond / report.insertSelectRowsPerSecond), "≥ 0.5");
    }
}
