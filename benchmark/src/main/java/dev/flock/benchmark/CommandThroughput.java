package dev.flock.benchmark;

import static dev.flock.benchmark.Scenario.line;
import static dev.flock.benchmark.Scenario.ratio;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;

/** Follow commands over HTTP against one-row commits in PostgreSQL, at 1, 4 and 16 clients. */
final class CommandThroughput implements Scenario {

    @Override
    public void run(BenchmarkRun run) throws Exception {
        try (Connection db = run.connect(); Statement sql = db.createStatement()) {
            sql.execute("create table if not exists public.bench_commit (id bigserial primary key, payload text)");
        }
        int users = run.dataset.users();
        for (int clients : new int[] {1, 4, 16}) {
            Latencies flock = Load.run("follow commands, " + clients + " clients", clients, run.step, client -> {
                int me = users - 100 - client;
                String bearer = run.bearer(me);
                String path = "/api/users/bench" + me + "/following/bench" + (users - 200 - client);
                boolean[] following = {false};
                return () -> {
                    following[0] = !following[0];
                    return run.send(following[0] ? "PUT" : "DELETE", run.commands.port(), path, bearer, null)
                            == 204;
                };
            });
            Latencies commit = Load.run("one-row commits, " + clients + " clients", clients, run.step,
                    client -> oneRowCommit(run));
            run.report.add("Follow commands/s, " + clients + " clients (p50/p99 ms)", line(flock),
                    line(commit) + " (one-row commits)", ratio(flock.perSecond() / commit.perSecond()),
                    clients == 16 ? "≥ 0.5" : "");
            if (clients == 16) {
                run.report.distributions.add(flock);
                run.report.distributions.add(commit);
            }
        }
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
