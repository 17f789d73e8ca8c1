package dev.flock.benchmark;

import static dev.flock.benchmark.Scenario.line;
import static dev.flock.benchmark.Scenario.ratio;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What v2's controls cost where they touch the most rows. A block between two users who follow each other and
 * {@code -DblockFollows} (1,500) others each, each with {@code -DblockPosts} (1,000) posts (and what the dataset gave
 * them) in the other's timeline:
 * the block's command, and the time until a read with its {@code Consistency-Token} finds both timelines purged
 * of the other's posts (checked in the live slot too), median of 3 (each after an unblock and a follow back both
 * ways). And a timeline page of a reader who follows the celebrity and 200 active authors and mutes 50 of them
 * (the celebrity among them), against a reader with the same follows and no mutes, at 2 clients, in 3 alternating
 * rounds.
 */
final class RelationshipControls implements Scenario {

    private static final int FOLLOWS = Integer.getInteger("blockFollows", 1_500);
    private static final int POSTS = Integer.getInteger("blockPosts", 1_000);
    private static final int MUTED = 50;
    private static final int RUNS = 3;
    private static final int LIMIT = 20;

    @Override
    public void run(BenchmarkRun run) throws Exception {
        blockPurge(run);
        mutedPage(run);
    }

    private void blockPurge(BenchmarkRun run) throws Exception {
        int a = 3 + FOLLOWS + 100; // none of the authors they follow
        int b = a + 1;
        List<Runnable> setUp = new ArrayList<>();
        for (int[] pair : new int[][] {{a, b}, {b, a}}) {
            setUp.add(() -> command(run, pair[0], "PUT", "/following/bench" + pair[1], null));
            for (int author = 3; author < 3 + FOLLOWS; author++) {
                int followed = author;
                setUp.add(() -> command(run, pair[0], "PUT", "/following/bench" + followed, null));
            }
            for (int post = 0; post < POSTS; post++) {
                String body = "{\"body\":\"post " + post + " by bench" + pair[0] + "\"}";
                setUp.add(() -> command(run, pair[0], "POST", "/posts", body));
            }
        }
        inParallel(setUp);
        String aId = id(run, a);
        String bId = id(run, b);

        List<Double> commandMs = new ArrayList<>();
        List<Double> purgedMs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            String token = command(run, a, "DELETE", "/blocks/bench" + b, null); // unblock (a no-op at first)
            command(run, a, "PUT", "/following/bench" + b, null);
            token = command(run, b, "PUT", "/following/bench" + a, null);
            read(run, a, token);
            read(run, b, token);
            if (copies(run, aId, bId) != postsOf(run, bId) || copies(run, bId, aId) != postsOf(run, aId)) {
                throw new IllegalStateException("the follows back did not backfill both timelines");
            }
            long began = System.nanoTime();
            String blocked = command(run, a, "PUT", "/blocks/bench" + b, null);
            commandMs.add((System.nanoTime() - began) / 1e6);
            read(run, a, blocked);
            read(run, b, blocked);
            purgedMs.add((System.nanoTime() - began) / 1e6);
            if (copies(run, aId, bId) != 0 || copies(run, bId, aId) != 0) {
                throw new IllegalStateException("a read with the block's token found the other's posts");
            }
        }
        Benchmark.log("block: command %s ms, until both timelines purged %s ms", commandMs, purgedMs);
        run.report.add("Block between two users following %,d each with %,d posts each: command, until both "
                        .formatted(FOLLOWS, POSTS) + "timelines are purged (median of 3, ms)",
                "%.0f / %.0f".formatted(median(commandMs), median(purgedMs)), "", "", "");
    }

    private void mutedPage(BenchmarkRun run) throws Exception {
        int muter = Dataset.HEAVY_READERS + 20;
        int plain = muter + 1;
        List<Runnable> setUp = new ArrayList<>();
        for (int reader : new int[] {muter, plain}) {
            for (int author = 1; author <= 201; author++) {
                if (author != 2) {
                    int followed = author;
                    setUp.add(() -> command(run, reader, "PUT", "/following/bench" + followed, null));
                }
            }
        }
        inParallel(setUp);
        String token = "0";
        for (int author = 1; author <= MUTED + 1; author++) {
            if (author != 2) {
                token = command(run, muter, "PUT", "/mutes/bench" + author, null);
            }
        }
        read(run, muter, token);
        read(run, plain, token);
        // alternating rounds, so that neither reader has the warmer machine; medians of the rounds
        List<Latencies> muting = new ArrayList<>();
        List<Latencies> same = new ArrayList<>();
        for (int round = 0; round < RUNS; round++) {
            muting.add(Load.run("timeline page, reader muting 50", 2, run.step, client -> () -> run.send("GET",
                    run.queries.port(), "/api/users/bench" + muter + "/timeline?limit=" + LIMIT, run.bearer(muter),
                    null) == 200));
            same.add(Load.run("timeline page, same follows, no mutes", 2, run.step, client -> () -> run.send(
                    "GET", run.queries.port(), "/api/users/bench" + plain + "/timeline?limit=" + LIMIT,
                    run.bearer(plain), null) == 200));
        }
        Latencies mutingMedian = medianRun(muting);
        Latencies sameMedian = medianRun(same);
        run.report.add("Timeline page of a reader muting 50 of 201 followed authors, 2 clients (p50/p99 ms; median "
                        + "of 3 rounds)", line(mutingMedian), line(sameMedian) + " (same follows, no mutes)",
                ratio(mutingMedian.perSecond() / sameMedian.perSecond()), "≈ 1");
    }

    /** The round with the median throughput. */
    private static Latencies medianRun(List<Latencies> rounds) {
        List<Latencies> sorted = new ArrayList<>(rounds);
        sorted.sort(java.util.Comparator.comparingDouble(Latencies::perSecond));
        return sorted.get(sorted.size() / 2);
    }

    /** A command of dataset user {@code bench<user>} on their own path; answers its Consistency-Token. */
    private static String command(BenchmarkRun run, int user, String method, String path, String body) {
        try {
            HttpResponse<String> answer = run.exchange(BenchmarkRun.request(method, run.commands.port(),
                    "/api/users/bench" + user + path, run.bearer(user), body));
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + ": " + answer.statusCode() + " "
                        + answer.body());
            }
            return answer.headers().firstValue("Consistency-Token").orElseThrow();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A timeline page of {@code bench<user>} that waits for the token. */
    private static void read(BenchmarkRun run, int user, String token) throws Exception {
        HttpResponse<String> page = run.exchange(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + run.queries.port() + "/api/users/bench" + user + "/timeline?limit=20"))
                .header("Authorization", run.bearer(user)).header("Consistency-Token", token).build());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("timeline of bench" + user + ": " + page.statusCode());
        }
    }

    /** Copies of {@code author}'s posts in {@code owner}'s timeline, in the live slot. */
    private static long copies(BenchmarkRun run, String owner, String author) throws Exception {
        return run.count("select count(*) from " + run.live("timeline") + ".timeline_entry where owner_id = '"
                + owner + "' and author_id = '" + author + "'");
    }

    /** How many posts {@code author} has (their own and the dataset's), in the live slot. */
    private static long postsOf(BenchmarkRun run, String author) throws Exception {
        return run.count("select count(*) from " + run.live("timeline") + ".timeline_post where author_id = '"
                + author + "'");
    }

    private static String id(BenchmarkRun run, int user) throws Exception {
        return run.text("select id from public.bench_user_ids where i = ?", user);
    }

    /** Set-up commands on 8 threads: their order does not matter (follows and posts of a user commute). */
    private static void inParallel(List<Runnable> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Runnable job : work) {
                done.add(pool.submit(job));
            }
            for (Future<?> job : done) {
                job.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
