package dev.flock.benchmark;

import static dev.flock.benchmark.Scenario.cpu;
import static dev.flock.benchmark.Scenario.cpuSum;
import static dev.flock.benchmark.Scenario.line;
import static dev.flock.benchmark.Scenario.ratio;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;

/**
 * Follow and post commands over HTTP, at 1, 4 and 16 clients, against one-row commits in PostgreSQL and against the
 * seed's design in the same stack ({@code benchmark-seed}: the same token check, one {@code INSERT} each).
 */
final class CommandThroughput implements Scenario {

    @Override
    public void run(BenchmarkRun run) throws Exception {
        try (Connection db = run.connect(); Statement sql = db.createStatement()) {
            sql.execute("create table if not exists public.bench_commit (id bigserial primary key, payload text)");
        }
        for (int clients : new int[] {1, 4, 16}) {
            Latencies flock = Load.run("follow commands, " + clients + " clients", clients, run.step,
                    client -> toggleFollow(run, run.commands, client));
            Latencies commit = Load.run("one-row commits, " + clients + " clients", clients, run.step,
                    client -> oneRowCommit(run));
            run.report.add("Follow commands/s, " + clients + " clients (p50/p99 ms)", line(flock),
                    line(commit) + " (one-row commits)", ratio(flock.perSecond() / commit.perSecond()),
                    clients == 16 ? "≥ 0.5" : "");
            Latencies seedFollows = Load.run("seed design follows, " + clients + " clients", clients, run.step,
                    client -> toggleFollow(run, run.seed, client));
            run.report.add("Follow commands/s against the seed's design, " + clients + " clients", line(flock),
                    line(seedFollows) + " (one INSERT, same stack)", ratio(flock.perSecond() / seedFollows.perSecond()),
                    clients == 16 ? "≥ 0.5" : "");
            Latencies posts = Load.run("post commands, " + clients + " clients", clients, run.step,
                    client -> post(run, run.commands, client));
            Latencies seedPosts = Load.run("seed design posts, " + clients + " clients", clients, run.step,
                    client -> post(run, run.seed, client));
            run.report.add("Post commands/s against the seed's design, " + clients + " clients", line(posts),
                    line(seedPosts) + " (one INSERT, same stack)", ratio(posts.perSecond() / seedPosts.perSecond()),
                    clients == 16 ? "≥ 0.5" : "");
            if (clients == 16) {
                String[] flockSide = {"command side", "query side", "PostgreSQL"};
                String[] seedSide = {"seed", "PostgreSQL"};
                run.report.add("CPU per follow command, 16 clients (Flock: both services and PostgreSQL)",
                        cpu(flock, "command side", "query side", "PostgreSQL", "load generator"),
                        cpu(seedFollows, "seed", "PostgreSQL", "load generator") + " (the seed's design)",
                        ratio(cpuSum(flock, flockSide) / cpuSum(seedFollows, seedSide)), "");
                run.report.add("CPU per post command, 16 clients (Flock: both services and PostgreSQL)",
                        cpu(posts, "command side", "query side", "PostgreSQL", "load generator"),
                        cpu(seedPosts, "seed", "PostgreSQL", "load generator") + " (the seed's design)",
                        ratio(cpuSum(posts, flockSide) / cpuSum(seedPosts, seedSide)), "");
                run.report.distributions.add(flock);
                run.report.distributions.add(commit);
                run.report.distributions.add(seedFollows);
            }
        }
    }

    /** A client that follows and unfollows one user in turn, on the given service (Flock's or the seed's). */
    private static Callable<Boolean> toggleFollow(BenchmarkRun run, Service service, int client) {
        int users = run.dataset.users();
        int me = users - 100 - client;
        String bearer = run.bearer(me);
        String path = "/api/users/bench" + me + "/following/bench" + (users - 200 - client);
        boolean[] following = {false};
        return () -> {
            following[0] = !following[0];
            return run.send(following[0] ? "PUT" : "DELETE", service.port(), path, bearer, null) == 204;
        };
    }

    /** A client that publishes short posts as one user, on the given service. */
    private static Callable<Boolean> post(BenchmarkRun run, Service service, int client) {
        int me = run.dataset.users() - 100 - client;
        String bearer = run.bearer(me);
        String path = "/api/users/bench" + me + "/posts";
        return () -> run.send("POST", service.port(), path, bearer, "{\"body\":\"a short post\"}") == 201;
    }

    /** A client of the commit baseline: one autocommitted single-row insert per call. */
    private static Callable<Boolean> oneRowCommit(BenchmarkRun run) {
        try {
            PreparedStatement insert = run.connect()
                    .prepareStatement("insert into public.bench_commit (payload) values (?)");
            return () -> {
                insert.setString(1, "x");
                return insert.executeUpdate() == 1;
            };
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
