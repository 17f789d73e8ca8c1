package dev.flock.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The rows of the report as they are measured, and the Markdown file they end in. */
final class Report {

    private record Row(String metric, String flock, String baseline, String ratio, String target) {
    }

    private final List<Row> rows = new ArrayList<>();
    final List<Latencies> distributions = new ArrayList<>();
    double buildSeconds;
    /** Events/s per view of the first build by the query side before v2 ({@code -DbaselineQueryJar}), or 0. */
    double baselineBuildPerView;
    long timelineRows;
    double fanOutRowsPerSecond;
    double insertSelectRowsPerSecond;

    void add(String metric, String flock, String baseline, String ratio, String target) {
        rows.add(new Row(metric, flock, baseline, ratio, target));
        Benchmark.log("%s: %s | %s | %s", metric, flock, baseline, ratio);
    }

    List<Latencies> distributions() {
        return distributions;
    }

    void write(Path out, Dataset dataset, long events) throws IOException {
        StringBuilder md = new StringBuilder("# Flock benchmark\n\n");
        md.append("Run ").append(Instant.now()).append(" on ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores; PostgreSQL from Maven Central jars (zonky, ")
                .append(Benchmark.DURABLE ? "durable: fsync, full-page writes and synchronous commit on"
                        : "fsync and synchronous commit off")
                .append("), each service in ")
                .append("its own JVM with `-Xmx512m`, the load generator in a third; all on the same cores.\n\n");
        md.append("Dataset: %,d users, %,d events; `bench1` followed by %,d users (a celebrity, above the hybrid's "
                .formatted(dataset.users(), events, dataset.celebrityFollowers()))
                .append("threshold of 10,000), `bench2` by %,d, everyone following %d others drawn with a cubic skew, "
                        .formatted(dataset.popularFollowers(), dataset.followsPerUser()))
                .append("%,d posts by authors drawn with a quadratic skew plus 200 each by `bench1` and `bench2`; "
                        .formatted(dataset.posts()))
                .append("timelines are read for 1,000 readers who follow the celebrity and 200 of the 5,000 most "
                        + "active authors each.\n\n");
        md.append("| metric | Flock | baseline | ratio | target |\n|---|---|---|---|---|\n");
        for (Row row : rows) {
            md.append("| ").append(row.metric()).append(" | ").append(row.flock()).append(" | ")
                    .append(row.baseline()).append(" | ").append(row.ratio()).append(" | ").append(row.target())
                    .append(" |\n");
        }
        md.append("\n![latency distributions](latency.png)\n\nLatency distributions (share of calls at or below a "
                + "latency): ");
        for (Latencies run : distributions) {
            md.append("%s p50 %.2f ms, p99 %.2f ms; ".formatted(run.name(), run.p50(), run.p99()));
        }
        md.append("\n");
        Files.writeString(out.resolve("report.md"), md.toString());
    }
}
