package dev.flock.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark, in one run on one machine: a power-law dataset in a real PostgreSQL (started from Maven Central
 * jars), the packaged services in their own 512 MB JVMs, Flock's numbers and the baselines' on the same data, a
 * Markdown report with ratios and a PNG of the latency distributions. Run by {@code scripts/benchmark.sh}; sizes
 * and durations by system properties ({@code -Dusers=60000 -Dseconds=10 ...}); the query side's settings by
 * {@code -DqueryProperties=name=value,...}.
 */
public final class Benchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * PostgreSQL with fsync, full-page writes and synchronous commits on, as in production; {@code -Ddurable=false}
     * for zonky's test settings (all three off).
     */
    static final boolean DURABLE = !"false".equals(System.getProperty("durable"));
    private static final String SECRET = UUID.randomUUID() + "-" + UUID.randomUUID();
    private static final String OPERATOR = "Basic " + Base64.getEncoder()
            .encodeToString(("operator:" + SECRET).getBytes());

    private final Path out;
    private final Duration step;
    private final Report report = new Report();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Tokens tokens = new Tokens();
    private final Map<Integer, String> bearerCache = new java.util.concurrent.ConcurrentHashMap<>();
    private String jdbcUrl;
    private Service commands;
    private Service queries;

    private Benchmark(Path out, Duration step) {
        this.out = out;
        this.step = step;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(System.getProperty("out", "target/benchmark"));
        Files.createDirectories(out);
        Dataset dataset = new Dataset(Integer.getInteger("users", 60_000),
                Integer.getInteger("celebrityFollowers", 50_000), Integer.getInteger("popularFollowers", 1_500),
                Integer.getInteger("follows", 5), Integer.getInteger("posts", 60_000));
        new Benchmark(out, Duration.ofSeconds(Integer.getInteger("seconds", 10))).run(dataset);
    }

    private void run(Dataset dataset) throws Exception {
        Path data = Files.createTempDirectory("flock-benchmark-pg");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(data)
                .setServerConfig("shared_buffers", "1GB").setServerConfig("max_connections", "300");
        if (DURABLE) {
            // as in production: every commit waits for its WAL on disk (zonky's defaults turn all three off)
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        try (EmbeddedPostgres postgres = builder.start()) {
            jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
            Map<String, String> env = Map.of("FLOCK_JWT_SIGNING_KEY", tokens.signingKey(),
                    "FLOCK_JWT_PUBLIC_KEYS", tokens.publicKey(), "FLOCK_ADMIN_USERNAME", "operator",
                    "FLOCK_ADMIN_PASSWORD", SECRET);
            ScheduledExecutorService heap = Executors.newSingleThreadScheduledExecutor();
            try {
                commands = Service.start("command-side", jdbcUrl, env, out);
                long events;
                try (Connection db = connect()) {
                    long began = System.nanoTime();
                    events = dataset.appendTo(db);
                    log("appended %,d events in %.0f s", events, seconds(began));
                }
                long buildStarted = System.nanoTime();
                // -DqueryProperties=flock.projections.batch-size=500,... tries settings of the query side
                queries = Service.start("query-side", jdbcUrl, env, out,
                        System.getProperty("queryProperties", "").isBlank() ? new String[0]
                                : System.getProperty("queryProperties").split(","));
                HttpClient sampler = HttpClient.newHttpClient();
                heap.scheduleAtFixedRate(() -> {
                    commands.sampleHeap(sampler);
                    queries.sampleHeap(sampler);
                }, 0, 1, TimeUnit.SECONDS);
                build(events, buildStarted);
                settle();
                fanOutBaseline();
                replay(events);
                settle();
                commandThroughput(dataset.users());
                visibility(dataset);
                timelineReads(dataset);
                sizes();
                report.add("Peak heap, command side (512 MB max)", "%.0f MB".formatted(commands.peakHeapMb()), "",
                        "", "within 512 MB");
                report.add("Peak heap, query side (512 MB max)", "%.0f MB".formatted(queries.peakHeapMb()), "", "",
                        "within 512 MB");
                report.write(out, dataset, events);
                Chart.write(out.resolve("latency.png"), report.distributions());
                log("report: %s", out.resolve("report.md"));
            } finally {
                heap.shutdownNow();
                if (queries != null) {
                    queries.close();
                }
                if (commands != null) {
                    commands.close();
                }
            }
        }
    }

    /** The first build of every view from the first event, all four views at once. */
    private void build(long events, long started) throws Exception {
        Map<String, Double> doneAt = new LinkedHashMap<>();
        while (doneAt.size() < 4) {
            Map<String, Double> lag = gauge("flock_projection_lag_events");
            for (Map.Entry<String, Double> view : lag.entrySet()) {
                if (!doneAt.containsKey(view.getKey()) && view.getValue() == 0) {
                    doneAt.put(view.getKey(), seconds(started));
                }
            }
            Thread.sleep(200); // polling the metrics, which have no push
        }
        long rows = count("select count(*) from " + live("timeline") + ".timeline_entry");
        double timeline = doneAt.get("timeline");
        log("views built: %s (timeline: %,d rows)", doneAt, rows);
        report.buildSeconds = timeline;
        report.timelineRows = rows;
        report.add("First build of all 4 views, events/s per view", rate(events / doneAt.values().stream()
                .mapToDouble(Double::doubleValue).max().orElseThrow()), "", "", "");
        report.fanOutRowsPerSecond = rows / timeline;
    }

    /**
     * {@code VACUUM ANALYZE} of the whole database, untimed: after millions of new rows autovacuum would otherwise
     * run through the next timed loads, at a different moment in every run.
     */
    private void settle() throws SQLException {
        long began = System.nanoTime();
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            sql.execute("vacuum analyze");
        }
        log("vacuum analyze: %.0f s (untimed)", seconds(began));
    }

    /** Baseline: copying the timeline's rows with one INSERT .. SELECT into a table like it. */
    private void fanOutBaseline() throws SQLException {
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            sql.execute("drop table if exists public.bench_fanout");
            sql.execute("create table public.bench_fanout (like " + live("timeline")
                    + ".timeline_entry including all)");
            long began = System.nanoTime();
            int rows = sql.executeUpdate("insert into public.bench_fanout select * from " + live("timeline")
                    + ".timeline_entry");
            double perSecond = rows / seconds(began);
            sql.execute("drop table public.bench_fanout");
            report.add("Fan-out rows/s (first build of the timeline)", rate(report.fanOutRowsPerSecond),
                    rate(perSecond) + " (INSERT .. SELECT)", ratio(report.fanOutRowsPerSecond / perSecond), "≥ 0.5");
            report.insertSelectRowsPerSecond = perSecond;
        }
    }

    /**
     * An operator's replay of the timeline while it is live: events and rows per second over the whole replay, and
     * the fan-out's own rows per second over the part of the replay that handles the posts (the dataset appends
     * them last; registrations and follows before them write no timeline rows). Watched in the database, not the
     * operator API, whose every call costs a slow password hash.
     */
    private void replay(long events) throws Exception {
        long began = System.nanoTime();
        admin("POST", "/api/admin/projections/timeline/replay");
        String building = "timeline_" + text("select building_slot from query.projection_slot where view_name = ?",
                "timeline");
        double postsFrom = -1;
        long rowsBefore = 0;
        // 0: the replay is over; 1: building, the slot not emptied yet; 2: building the emptied slot
        long state;
        while ((state = count("select case when building_slot is null then 0 when reset_done then 2 else 1 end"
                + " from query.projection_slot where view_name = 'timeline'")) > 0) {
            if (postsFrom < 0 && state == 2
                    && count("select count(*) from (select 1 from " + building + ".timeline_post limit 1) p") > 0) {
                postsFrom = seconds(began);
                rowsBefore = count("select count(*) from " + building + ".timeline_entry");
            }
            Thread.sleep(100); // polling, the replay has no push
        }
        double took = seconds(began);
        double rowsPerSecond = report.timelineRows / took;
        double fanOutPerSecond = (report.timelineRows - rowsBefore) / (took - postsFrom);
        log("replay: posts from %.1f s of %.1f s, %,d rows before them", postsFrom, took, rowsBefore);
        report.add("Replay of the timeline, events/s", rate(events / took), "", "", "");
        report.add("Replay of the timeline, rows/s", rate(rowsPerSecond),
                rate(report.insertSelectRowsPerSecond) + " (INSERT .. SELECT)",
                ratio(rowsPerSecond / report.insertSelectRowsPerSecond), "≥ 0.5");
        report.add("Fan-out rows/s while the replay handles the posts (%.0f of %.0f s)".formatted(took - postsFrom,
                        took), rate(fanOutPerSecond), rate(report.insertSelectRowsPerSecond) + " (INSERT .. SELECT)",
                ratio(fanOutPerSecond / report.insertSelectRowsPerSecond), "≥ 0.5");
    }

    /** Follow commands over HTTP against one-row commits in PostgreSQL, at 1, 4 and 16 clients. */
    private void commandThroughput(int users) throws Exception {
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            sql.execute("create table if not exists public.bench_commit (id bigserial primary key, payload text)");
        }
        for (int clients : new int[] {1, 4, 16}) {
            Latencies flock = Load.run("follow commands, " + clients + " clients", clients, step, client -> {
                int me = users - 100 - client;
                String bearer = bearer(me);
                String path = "/api/users/bench" + me + "/following/bench" + (users - 200 - client);
                boolean[] following = {false};
                return () -> {
                    following[0] = !following[0];
                    return send(following[0] ? "PUT" : "DELETE", commands.port(), path, bearer, null) == 204;
                };
            });
            Latencies commit = Load.run("one-row commits, " + clients + " clients", clients, step,
                    client -> oneRowCommit());
            report.add("Follow commands/s, " + clients + " clients (p50/p99 ms)", line(flock),
                    line(commit) + " (one-row commits)", ratio(flock.perSecond() / commit.perSecond()),
                    clients == 16 ? "≥ 0.5" : "");
            if (clients == 16) {
                report.distributions.add(flock);
                report.distributions.add(commit);
            }
        }
    }

    /** A client of the commit baseline: one autocommitted single-row insert per call. */
    private java.util.concurrent.Callable<Boolean> oneRowCommit() {
        try {
            PreparedStatement insert = connect()
                    .prepareStatement("insert into public.bench_commit (payload) values (?)");
            return () -> {
                insert.setString(1, "x");
                return insert.executeUpdate() == 1;
            };
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** From a post's 2xx to its presence in a follower's timeline (read with the post's Consistency-Token). */
    private void visibility(Dataset dataset) throws Exception {
        for (int user : new int[] {2, 1}) {
            int followers = user == 1 ? dataset.celebrityFollowers() : dataset.popularFollowers();
            int follower = user == 1 ? 2 + 17 : dataset.celebrityFollowers() + 2 + 17;
            long[] nanos = new long[user == 1 ? 30 : 100];
            for (int i = 0; i < nanos.length; i++) {
                HttpResponse<String> post = http.send(request("POST", commands.port(), "/api/users/bench" + user
                        + "/posts", bearer(user), "{\"body\":\"visible " + i + "\"}"),
                        HttpResponse.BodyHandlers.ofString());
                long accepted = System.nanoTime();
                String token = post.headers().firstValue("Consistency-Token").orElseThrow();
                HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                                + queries.port() + "/api/users/bench" + follower + "/timeline?limit=1"))
                        .header("Authorization", bearer(follower)).header("Consistency-Token", token).build(),
                        HttpResponse.BodyHandlers.ofString());
                nanos[i] = System.nanoTime() - accepted;
                if (read.statusCode() != 200 || !read.body().contains("visible " + i)) {
                    throw new IllegalStateException("post not visible: " + read.statusCode() + " " + read.body());
                }
            }
            Latencies visible = new Latencies("visibility", nanos, 0, 1);
            String who = user == 1 ? "celebrity (%,d followers, hybrid)" : "user with %,d followers";
            report.add("Post to visibility in every follower's timeline, " + who.formatted(followers),
                    "p50 %.1f ms, p99 %.1f ms".formatted(visible.p50(), visible.p99()), "", "",
                    user == 1 ? "p99 ≤ 1 s" : "p99 ≤ 100 ms");
        }
        // What the celebrity's post would cost without the hybrid: its fan-out statement, rolled back.
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            try (Statement sql = db.createStatement()) {
                long began = System.nanoTime();
                int rows = sql.executeUpdate("insert into " + live("timeline") + ".timeline_entry select follower_id,"
                        + " now(), gen_random_uuid(), followed_id from " + live("timeline") + ".timeline_follow"
                        + " where followed_id = (select id::uuid from public.bench_user_ids where i = 1)");
                double ms = seconds(began) * 1000;
                db.rollback();
                report.add("Celebrity post without the hybrid: rows written, fan-out time", "%,d rows, %.0f ms"
                        .formatted(rows + 1, ms), "with the hybrid: 1 row", "", "");
            }
        }
    }

    /** Timeline pages over HTTP against the same page in raw SQL and the seed's fan-out-on-read query. */
    private void timelineReads(Dataset dataset) throws Exception {
        String timeline = live("timeline");
        String pageSql = pageSql(timeline);
        String seedSql = """
                select p.post_id, p.author_id, p.body, p.published_at from %1$s.post p
                join %2$s.follow f on f.followed_id = p.author_id where f.follower_id = ?
                union
                select p.post_id, p.author_id, p.body, p.published_at from %1$s.post p where p.author_id = ?
                order by published_at desc limit 20""".formatted(live("posts"), live("follows"));
        List<UUID> readerIds = new ArrayList<>();
        try (Connection db = connect(); Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("select id from public.bench_user_ids where i between 2 and "
                     + (Dataset.HEAVY_READERS + 1))) {
            while (rs.next()) {
                readerIds.add(UUID.fromString(rs.getString(1)));
            }
        }
        try (Connection db = connect(); PreparedStatement explain = db.prepareStatement("explain analyze " + pageSql)) {
            explain.setObject(1, readerIds.get(0));
            explain.setObject(2, readerIds.get(0));
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = explain.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            Files.writeString(out.resolve("timeline-page-plan.txt"), plan);
        }
        for (int clients : new int[] {2, 16}) {
            Latencies flock = Load.run("timeline reads, " + clients + " clients", clients, step, client -> {
                Random random = new Random(client);
                return () -> {
                    int reader = 2 + random.nextInt(Dataset.HEAVY_READERS);
                    return send("GET", queries.port(), "/api/users/bench" + reader + "/timeline?limit=20",
                            bearer(reader), null) == 200;
                };
            });
            Latencies raw = Load.run("raw SQL page, " + clients + " clients", clients, step, client -> sqlRead(
                    pageSql, readerIds, client, 2));
            Latencies seed = Load.run("seed's query, " + clients + " clients", clients, step, client -> sqlRead(
                    seedSql, readerIds, client, 2));
            report.add("Timeline page reads/s, " + clients + " clients (p50/p99 ms)", line(flock),
                    line(raw) + " (raw SQL)", ratio(flock.perSecond() / raw.perSecond()),
                    clients == 2 ? "≥ 0.5, p99 ≤ 10 ms" : "≥ 0.5");
            report.add("Timeline page reads/s against the seed's query, " + clients + " clients", line(flock),
                    line(seed) + " (seed's fan-out on read)", ratio(flock.perSecond() / seed.perSecond()), "≥ 100");
            if (clients == 2) {
                report.distributions.add(flock);
                report.distributions.add(raw);
                report.distributions.add(seed);
            }
        }
    }

    /** The query side's page statement (TimelineQueries.page), the first page, with JDBC parameters. */
    private static String pageSql(String schema) {
        return """
                select post_id, username, body, published_at from (
                    (select e.post_id, u.username, p.body, e.published_at
                     from %1$s.timeline_entry e
                     join %1$s.timeline_post p on p.post_id = e.post_id
                     join %1$s.timeline_user u on u.user_id = e.author_id
                     where e.owner_id = ? and (e.published_at, e.post_id)
                           < ('9999-12-31'::timestamptz, 'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid)
                     order by e.published_at desc, e.post_id desc limit 21)
                    union all
                    (select c.post_id, celebrity.username, c.body, c.published_at
                     from %1$s.timeline_user celebrity
                     join %1$s.timeline_follow f on f.followed_id = celebrity.user_id and f.follower_id = ?
                     cross join lateral (select cp.post_id, cp.body, cp.published_at from %1$s.timeline_post cp
                                         where cp.author_id = celebrity.user_id
                                         order by cp.published_at desc, cp.post_id desc limit 21) c
                     where celebrity.celebrity)) page
                order by published_at desc, post_id desc limit 21""".formatted(schema);
    }

    private java.util.concurrent.Callable<Boolean> sqlRead(String sql, List<UUID> readers, int client,
                                                           int parameters) {
        try {
            Connection db = connect();
            PreparedStatement statement = db.prepareStatement(sql);
            Random random = new Random(client);
            return () -> {
                UUID reader = readers.get(random.nextInt(readers.size()));
                for (int i = 1; i <= parameters; i++) {
                    statement.setObject(i, reader);
                }
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

    private void sizes() throws SQLException {
        String table = live("timeline") + ".timeline_entry";
        long bytes = count("select pg_total_relation_size('" + table + "')");
        long rows = count("select count(*) from " + table);
        long database = count("select pg_database_size(current_database())");
        report.add("Bytes per timeline row (with its index)", "%.1f B".formatted((double) bytes / rows), "", "", "");
        report.add("Database size", "%,d MB".formatted(database / 1024 / 1024), "", "", "");
    }

    private String bearer(int user) {
        return bearerCache.computeIfAbsent(user, u -> {
            try {
                return tokens.bearer(idOf(u), "bench" + u);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }


    private String idOf(int user) throws SQLException {
        return text("select id from public.bench_user_ids where i = ?", user);
    }

    /** The one text value a query with one parameter answers. */
    private String text(String query, Object parameter) throws SQLException {
        try (Connection db = connect(); PreparedStatement sql = db.prepareStatement(query)) {
            sql.setObject(1, parameter);
            try (ResultSet rs = sql.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private int send(String method, int port, String path, String bearer, String body) throws Exception {
        return http.send(request(method, port, path, bearer, body), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static HttpRequest request(String method, int port, String path, String bearer, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", bearer)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return request.build();
    }

    private JsonNode admin(String method, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                        + queries.port() + path)).header("Authorization", OPERATOR)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    /** A per-view gauge of the query side's Prometheus metrics, by view. */
    private Map<String, Double> gauge(String name) throws Exception {
        String metrics = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + queries.managementPort()
                + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Map<String, Double> byView = new LinkedHashMap<>();
        String prefix = name + "{view=\"";
        metrics.lines().filter(line -> line.startsWith(prefix)).forEach(line -> byView.put(
                line.substring(prefix.length(), line.indexOf('"', prefix.length())),
                Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))));
        return byView;
    }

    private String live(String view) throws SQLException {
        return view + "_" + text("select live_slot from query.projection_slot where view_name = ?", view);
    }

    private long count(String query) throws SQLException {
        try (Connection db = connect(); Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String rate(double perSecond) {
        return "%,.0f/s".formatted(perSecond);
    }

    private static String line(Latencies run) {
        return "%,.0f/s (%.1f / %.1f)%s".formatted(run.perSecond(), run.p50(), run.p99(),
                run.errors() > 0 ? ", " + run.errors() + " errors" : "");
    }

    private static String ratio(double ratio) {
        return "%.2f".formatted(ratio);
    }

    static void log(String format, Object... args) {
        System.out.println(Instant.now() + " " + format.formatted(args));
    }
}
