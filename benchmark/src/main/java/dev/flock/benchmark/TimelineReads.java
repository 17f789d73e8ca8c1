package dev.flock.benchmark;

import static dev.flock.benchmark.Scenario.cpu;
import static dev.flock.benchmark.Scenario.cpuSum;
import static dev.flock.benchmark.Scenario.line;
import static dev.flock.benchmark.Scenario.ratio;

import dev.flock.query.paging.Cursor;
import dev.flock.query.paging.PageRequest;
import dev.flock.query.paging.SqlTimes;
import dev.flock.query.projection.ProjectionSlots;
import dev.flock.query.views.timeline.TimelineQueries;
import dev.flock.seed.TutorialTimeline;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * Timeline pages over HTTP against the same page in raw SQL (the query side's own statement,
 * {@link TimelineQueries#PAGE}, so a change to it is measured as it is) and against the tutorial's
 * fan-out-on-read query (Flask Mega-Tutorial, "Followers": the posts of everyone followed, union one's own; and its
 * 2024 edition, an outer join with OR and GROUP BY), and against the stack's floor (a fixed page), at 2 and 16
 * clients; and the plan of the page.
 */
final class TimelineReads implements Scenario {

    private static final int LIMIT = 20;

    @Override
    public void run(BenchmarkRun run) throws Exception {
        String pageSql = pageSql(run.live("timeline"));
        String tutorialSql = TutorialTimeline.union(run.live("posts"), run.live("follows"), LIMIT);
        String tutorial2024Sql = TutorialTimeline.outerJoin(run.live("posts"), run.live("follows"),
                run.live("profiles"), LIMIT);
        String seedTables = "&posts=" + run.live("posts") + "&follows=" + run.live("follows") + "&profiles="
                + run.live("profiles");
        List<UUID> readerIds = readers(run);
        run.prepareBearers(2, Dataset.HEAVY_READERS + 1);
        // each reader's token verified once, untimed: a client sends the same token for its hour
        for (int reader = 2; reader <= Dataset.HEAVY_READERS + 1; reader++) {
            run.send("GET", run.queries.port(), "/api/users/bench" + reader + "/timeline?limit=1",
                    run.bearer(reader), null);
        }
        explain(run, pageSql, readerIds.get(0), TimelineReads::bindAll, "timeline-page-plan.txt");
        String boundSql = boundPageSql(run.live("timeline"));
        // the plan PostgreSQL caches for the service's prepared statement after five runs (a generic plan)
        explain(run, boundSql, readerIds.get(0), TimelineReads::bindPage, "timeline-page-generic-plan.txt",
                "set plan_cache_mode = force_generic_plan");
        for (int clients : new int[] {2, 16}) {
            Latencies flock = Load.run("timeline reads, " + clients + " clients", clients, run.step, client -> {
                Random random = new Random(client);
                return () -> {
                    int reader = 2 + random.nextInt(Dataset.HEAVY_READERS);
                    return run.send("GET", run.queries.port(), "/api/users/bench" + reader + "/timeline?limit="
                            + LIMIT, run.bearer(reader), null) == 200;
                };
            });
            Latencies raw = Load.run("raw SQL page, " + clients + " clients", clients, run.step,
                    client -> sqlRead(run, pageSql, readerIds, client));
            Latencies bound = Load.run("raw SQL page bound as the service binds it, " + clients + " clients",
                    clients, run.step, client -> sqlRead(run, boundSql, readerIds, client, TimelineReads::bindPage));
            run.report.add("Raw SQL page with the position and size bound as parameters (as the service does), "
                    + clients + " clients", line(bound), line(raw) + " (literals)",
                    ratio(bound.perSecond() / raw.perSecond()), "");
            Latencies tutorial = Load.run("tutorial's query, " + clients + " clients", clients, run.step,
                    client -> sqlRead(run, tutorialSql, readerIds, client));
            run.report.add("Timeline page reads/s, " + clients + " clients (p50/p99 ms)", line(flock),
                    line(raw) + " (raw SQL)", ratio(flock.perSecond() / raw.perSecond()),
                    clients == 2 ? "≥ 0.5, p99 ≤ 10 ms" : "≥ 0.5");
            Latencies floor = Load.run("the stack's floor, " + clients + " clients", clients, run.step,
                    client -> () -> run.send("GET", run.seed.port(), "/floor", null, null) == 200);
            run.report.add("Timeline page reads/s against the stack's floor, " + clients + " clients", line(flock),
                    line(floor) + " (a fixed page: Spring MVC, Security, Jackson, no database)",
                    ratio(flock.perSecond() / floor.perSecond()), "");
            Latencies tutorial2024 = Load.run("tutorial's 2024 query, " + clients + " clients", clients, run.step,
                    client -> sqlRead(run, tutorial2024Sql, readerIds, client));
            run.report.add("Timeline page reads/s against the tutorial's 2024 query, " + clients + " clients",
                    line(flock), line(tutorial2024) + " (outer join, OR, GROUP BY)",
                    ratio(flock.perSecond() / tutorial2024.perSecond()), "≥ 1");
            run.report.add("Timeline page reads/s against the tutorial's query, " + clients + " clients",
                    line(flock), line(tutorial) + " (the tutorial's fan-out on read)",
                    ratio(flock.perSecond() / tutorial.perSecond()), "≥ 1");
            run.report.add("CPU per timeline page, " + clients + " clients (Flock: query side and PostgreSQL)",
                    cpu(flock, "query side", "PostgreSQL", "load generator"),
                    cpu(floor, "seed", "load generator") + " (the stack's floor)",
                    ratio(cpuSum(flock, "query side", "PostgreSQL") / cpuSum(floor, "seed")), "");
            for (int edition : new int[] {2018, 2024}) {
                Latencies seed = Load.run("seed's " + edition + " timeline, " + clients + " clients", clients,
                        run.step, client -> {
                            Random random = new Random(client);
                            return () -> {
                                int reader = 2 + random.nextInt(Dataset.HEAVY_READERS);
                                return run.send("GET", run.seed.port(), "/api/users/bench" + reader
                                        + "/timeline?edition=" + edition + seedTables, run.bearer(reader),
                                        null) == 200;
                            };
                        });
                run.report.add("Timeline page reads/s against the seed's design with the tutorial's " + edition
                                + " query, same stack, " + clients + " clients", line(flock),
                        line(seed) + " (fan-out on read behind the same token check)",
                        ratio(flock.perSecond() / seed.perSecond()), "≥ 1");
            }
            if (clients == 2) {
                run.report.distributions.add(flock);
                run.report.distributions.add(raw);
                run.report.distributions.add(tutorial);
            }
        }
    }

    /**
     * The query side's page statement in the live slot, for the first page of {@link #LIMIT}, with the owner as
     * each of its JDBC parameters.
     */
    static String pageSql(String schema) {
        PageRequest first = new PageRequest(LIMIT, Cursor.START);
        return ProjectionSlots.in(schema, TimelineQueries.PAGE)
                .replace(":owner", "?")
                .replace(":afterTime", "'" + Cursor.START.time() + "'::timestamptz")
                .replace(":afterId", "'" + Cursor.START.id() + "'::uuid")
                .replace(":fetchSize", Integer.toString(first.fetchSize()));
    }

    /** The named parameters of {@link TimelineQueries#PAGE}, in the order they appear. */
    private static final List<String> PAGE_PARAMETERS = java.util.regex.Pattern.compile(":(\\w+)")
            .matcher(TimelineQueries.PAGE).results().map(match -> match.group(1)).toList();

    /** The page statement as the service sends it: owner, position and size as JDBC parameters. */
    static String boundPageSql(String schema) {
        return ProjectionSlots.in(schema, TimelineQueries.PAGE).replaceAll(":\\w+", "?");
    }

    /** Binds a statement of {@link #boundPageSql} as the service does: the first page of {@link #LIMIT}. */
    private static void bindPage(PreparedStatement statement, UUID reader) throws SQLException {
        PageRequest first = new PageRequest(LIMIT, Cursor.START);
        for (int i = 0; i < PAGE_PARAMETERS.size(); i++) {
            Object value = switch (PAGE_PARAMETERS.get(i)) {
                case "owner" -> reader;
                case "afterTime" -> SqlTimes.utc(Cursor.START.time());
                case "afterId" -> Cursor.START.id();
                case "fetchSize" -> first.fetchSize();
                default -> throw new IllegalStateException("unknown parameter " + PAGE_PARAMETERS.get(i));
            };
            statement.setObject(i + 1, value);
        }
    }

    private static List<UUID> readers(BenchmarkRun run) throws SQLException {
        List<UUID> readerIds = new ArrayList<>();
        try (Connection db = run.connect(); Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("select id from public.bench_user_ids where i between 2 and "
                     + (Dataset.HEAVY_READERS + 1))) {
            while (rs.next()) {
                readerIds.add(UUID.fromString(rs.getString(1)));
            }
        }
        return readerIds;
    }

    /** How a statement of this scenario gets its reader (and whatever else it takes). */
    @FunctionalInterface
    private interface Binding {
        void bind(PreparedStatement statement, UUID reader) throws SQLException;
    }

    /** The plan of the statement for the reader, into {@code file}, after the session's {@code settings}. */
    private static void explain(BenchmarkRun run, String sql, UUID reader, Binding binding, String file,
                                String... settings) throws Exception {
        try (Connection db = run.connect(); Statement session = db.createStatement();
             PreparedStatement explain = db.prepareStatement("explain analyze " + sql)) {
            for (String setting : settings) {
                session.execute(setting);
            }
            binding.bind(explain, reader);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = explain.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            Files.writeString(run.out.resolve(file), plan);
        }
    }

    /** Binds the reader to every parameter of the statement (the page names the owner in three places). */
    static void bindAll(PreparedStatement statement, UUID reader) throws SQLException {
        int parameters = statement.getParameterMetaData().getParameterCount();
        for (int i = 1; i <= parameters; i++) {
            statement.setObject(i, reader);
        }
    }

    /** A client that runs a statement with a random reader as every parameter. */
    private static Callable<Boolean> sqlRead(BenchmarkRun run, String sql, List<UUID> readers, int client) {
        return sqlRead(run, sql, readers, client, TimelineReads::bindAll);
    }

    /** A client that runs a statement, bound for a random reader. */
    private static Callable<Boolean> sqlRead(BenchmarkRun run, String sql, List<UUID> readers, int client,
                                             Binding binding) {
        try {
            PreparedStatement statement = run.connect().prepareStatement(sql);
            Random random = new Random(client);
            return () -> {
                binding.bind(statement, readers.get(random.nextInt(readers.size())));
                int rows = 0;
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
                return rows > 0;
            };
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
