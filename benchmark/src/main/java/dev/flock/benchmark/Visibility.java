package dev.flock.benchmark;

import static dev.flock.benchmark.Scenario.seconds;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

/**
 * From a post's 2xx to its presence in a follower's timeline (read with the post's Consistency-Token), for a
 * popular user and for a celebrity; and what the celebrity's post would cost without the hybrid.
 */
final class Visibility implements Scenario {

    @Override
    public void run(BenchmarkRun run) throws Exception {
        Dataset dataset = run.dataset;
        for (int user : new int[] {2, 1}) {
            int followers = user == 1 ? dataset.celebrityFollowers() : dataset.popularFollowers();
            int follower = user == 1 ? 2 + 17 : dataset.celebrityFollowers() + 2 + 17;
            long[] nanos = new long[user == 1 ? 30 : 100];
            for (int i = 0; i < nanos.length; i++) {
                HttpResponse<String> post = run.exchange(BenchmarkRun.request("POST", run.commands.port(),
                        "/api/users/bench" + user + "/posts", run.bearer(user), "{\"body\":\"visible " + i + "\"}"));
                long accepted = System.nanoTime();
                String token = post.headers().firstValue("Consistency-Token").orElseThrow();
                HttpResponse<String> read = run.exchange(HttpRequest.newBuilder(URI.create("http://localhost:"
                                + run.queries.port() + "/api/users/bench" + follower + "/timeline?limit=1"))
                        .header("Authorization", run.bearer(follower)).header("Consistency-Token", token).build());
                nanos[i] = System.nanoTime() - accepted;
                if (read.statusCode() != 200 || !read.body().contains("visible " + i)) {
                    throw new IllegalStateException("post not visible: " + read.statusCode() + " " + read.body());
                }
            }
            Latencies visible = new Latencies("visibility", nanos, 0, 1, Map.of());
            String who = user == 1 ? "celebrity (%,d followers, hybrid)" : "user with %,d followers";
            run.report.add("Post to visibility in every follower's timeline, " + who.formatted(followers),
                    "p50 %.1f ms, p99 %.1f ms".formatted(visible.p50(), visible.p99()), "", "",
                    user == 1 ? "p99 ≤ 1 s" : "p99 ≤ 100 ms");
        }
        withoutTheHybrid(run);
    }

    /** What the celebrity's post would cost without the hybrid: its fan-out statement, rolled back. */
    private static void withoutTheHybrid(BenchmarkRun run) throws Exception {
        String timeline = run.live("timeline");
        try (Connection db = run.connect()) {
            db.setAutoCommit(false);
            try (Statement sql = db.createStatement()) {
                long began = System.nanoTime();
                int rows = sql.executeUpdate("insert into " + timeline + ".timeline_entry select follower_id,"
                        + " now(), gen_random_uuid(), followed_id from " + timeline + ".timeline_follow"
                        + " where followed_id = (select id::uuid from public.bench_user_ids where i = 1)");
                double ms = seconds(began) * 1000;
                db.rollback();
                run.report.add("Celebrity post without the hybrid: rows written, fan-out time", "%,d rows, %.0f ms"
                        .formatted(rows + 1, ms), "with the hybrid: 1 row", "", "");
            }
        }
    }
}
