package dev.flock.benchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a command costs more for a bigger user: follow and post commands, one client, by the dataset's heavy
 * user (following 5,000, 10,001 events in their stream) and by an ordinary one (a handful of events), in
 * alternating rounds; medians of the rounds' median latencies.
 */
final class CommandScaling implements Scenario {

    private static final int ROUNDS = 3;

    @Override
    public void run(BenchmarkRun run) throws Exception {
        int users = run.dataset.users();
        int heavy = users;
        int ordinary = users - 401;
        List<Double> heavyFollows = new ArrayList<>();
        List<Double> ordinaryFollows = new ArrayList<>();
        List<Double> heavyPosts = new ArrayList<>();
        List<Double> ordinaryPosts = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (int user : round % 2 == 0 ? new int[] {heavy, ordinary} : new int[] {ordinary, heavy}) {
                (user == heavy ? heavyFollows : ordinaryFollows).add(follows(run, user, user - 400).p50());
                (user == heavy ? heavyPosts : ordinaryPosts).add(posts(run, user).p50());
            }
        }
        double follow = median(heavyFollows) / median(ordinaryFollows);
        double post = median(heavyPosts) / median(ordinaryPosts);
        Benchmark.log("p50 ms, heavy user %s / ordinary %s (follows), %s / %s (posts)", heavyFollows,
                ordinaryFollows, heavyPosts, ordinaryPosts);
        run.report.add("Follow p50, user following 5,000 with 10,001 events, 1 client",
                "%.2f ms".formatted(median(heavyFollows)),
                "%.2f ms (a user with a handful of events)".formatted(median(ordinaryFollows)), Scenario.ratio(follow),
                "≤ 1.25");
        run.report.add("Post p50, the same two users, 1 client", "%.2f ms".formatted(median(heavyPosts)),
                "%.2f ms".formatted(median(ordinaryPosts)), Scenario.ratio(post), "≤ 1.25");
    }

    private static Latencies follows(BenchmarkRun run, int me, int target) throws Exception {
        String bearer = run.bearer(me);
        String path = "/api/users/bench" + me + "/following/bench" + target;
        return Load.run("follows by bench" + me, 1, run.step, client -> {
            boolean[] following = {false};
            return () -> {
                following[0] = !following[0];
                return run.send(following[0] ? "PUT" : "DELETE", run.commands.port(), path, bearer, null) == 204;
            };
        });
    }

    private static Latencies posts(BenchmarkRun run, int me) throws Exception {
        String bearer = run.bearer(me);
        String path = "/api/users/bench" + me + "/posts";
        return Load.run("posts by bench" + me, 1, run.step, client ->
                () -> run.send("POST", run.commands.port(), path, bearer, "{\"body\":\"scaling\"}") == 201);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
