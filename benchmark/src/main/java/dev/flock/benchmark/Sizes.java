package dev.flock.benchmark;

/** How big the timeline's rows and the whole database are. */
final class Sizes implements Scenario {

    @Override
    public void run(BenchmarkRun run) throws Exception {
        String table = run.live("timeline") + ".timeline_entry";
        long bytes = run.count("select pg_total_relation_size('" + table + "')");
        long rows = run.count("select count(*) from " + table);
        long database = run.count("select pg_database_size(current_database())");
        run.report.add("Bytes per timeline row (with its index)", "%.1f B".formatted((double) bytes / rows), "", "",
                "");
        run.report.add("Database size", "%,d MB".formatted(database / 1024 / 1024), "", "", "");
    }
}
