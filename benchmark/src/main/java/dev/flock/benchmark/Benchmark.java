package dev.flock.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark, in one run on one machine: a power-law dataset in a real PostgreSQL (started from Maven Central
 * jars), the packaged services in their own 512 MB JVMs, Flock's numbers and the baselines' on the same data, a
 * Markdown report with ratios and a PNG of the latency distributions. Run by {@code scripts/benchmark.sh}; sizes
 * and durations by system properties ({@code -Dusers=60000 -Dseconds=10 ...}); the query side's settings by
 * {@code -DqueryProperties=name=value,...}.
 */
public final class Benchmark {

    /**
     * PostgreSQL with fsync, full-page writes and synchronous commits on, as in production; {@code -Ddurable=false}
     * for zonky's test settings (all three off).
     */
    static final boolean DURABLE = !"false".equals(System.getProperty("durable"));
    private static final String SECRET = UUID.randomUUID() + "-" + UUID.randomUUID();
    private static final String OPERATOR = "Basic " + Base64.getEncoder()
            .encodeToString(("operator:" + SECRET).getBytes());

    /** The scenarios, in the order they run: each may use what the ones before it left in the report. */
    private static final List<Scenario> SCENARIOS = List.of(new FirstBuild(), new Settle(), new FanOutBaseline(),
            new TimelineReplay(), new Settle(), new CommandThroughput(), new CommandScaling(), new Visibility(),
            new TimelineReads(), new RelationshipControls(), new Sizes());

    private final Path out;
    private final Duration step;
    private final Report report = new Report();
    private final Tokens tokens = new Tokens();

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
        Service commands = null;
        Service queries = null;
        Service seed = null;
        try (EmbeddedPostgres postgres = builder.start()) {
            String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
            Map<String, String> env = Map.of("FLOCK_JWT_SIGNING_KEY", tokens.signingKey(),
                    "FLOCK_JWT_PUBLIC_KEYS", tokens.publicKey(), "FLOCK_ADMIN_USERNAME", "operator",
                    "FLOCK_ADMIN_PASSWORD", SECRET);
            ScheduledExecutorService heap = Executors.newSingleThreadScheduledExecutor();
            try {
                commands = Service.start("command-side", jdbcUrl, env, out);
                long events;
                try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
                    long began = System.nanoTime();
                    events = dataset.appendTo(db);
                    log("appended %,d events in %.0f s", events, Scenario.seconds(began));
                }
                String baselineJar = System.getProperty("baselineQueryJar", "");
                if (!baselineJar.isBlank()) {
                    buildBefore(Path.of(baselineJar), dataset, events, commands, jdbcUrl, env);
                }
                long buildStarted = System.nanoTime();
                // -DqueryProperties=flock.projections.batch-size=500,... tries settings of the query side
                queries = Service.start("query-side", jdbcUrl, env, out,
                        System.getProperty("queryProperties", "").isBlank() ? new String[0]
                                : System.getProperty("queryProperties").split(","));
                HttpClient sampler = HttpClient.newHttpClient();
                Service sampledCommands = commands;
                Service sampledQueries = queries;
                heap.scheduleAtFixedRate(() -> {
                    sampledCommands.sampleHeap(sampler);
                    sampledQueries.sampleHeap(sampler);
                }, 0, 1, TimeUnit.SECONDS);
                // the seed's design and the stack's floor, in Flock's stack, on the same database and users
                seed = Service.start("benchmark-seed", jdbcUrl, env, out);
                Load.meter = new CpuMeter().add("command side", commands.handle(), false)
                        .add("query side", queries.handle(), false).add("seed", seed.handle(), false)
                        .add("PostgreSQL", postmaster(data), true)
                        .add("load generator", ProcessHandle.current(), false);
                BenchmarkRun run = new BenchmarkRun(dataset, events, buildStarted, commands, queries, seed, report,
                        step, out, jdbcUrl, OPERATOR, tokens);
                // -Dscenarios=FirstBuild,Settle,TimelineReads runs only those (by class name), for a quick look
                String only = System.getProperty("scenarios", "");
                for (Scenario scenario : only.isBlank() ? SCENARIOS : SCENARIOS.stream()
                        .filter(s -> List.of(only.split(",")).contains(s.getClass().getSimpleName())).toList()) {
                    scenario.run(run);
                }
                report.add("Peak heap, command side (512 MB max)", "%.0f MB".formatted(commands.peakHeapMb()), "",
                        "", "within 512 MB");
                report.add("Peak heap, query side (512 MB max)", "%.0f MB".formatted(queries.peakHeapMb()), "", "",
                        "within 512 MB");
                report.write(out, dataset, events);
                Chart.write(out.resolve("latency.png"), report.distributions());
                log("report: %s", out.resolve("report.md"));
            } finally {
                heap.shutdownNow();
                if (seed != null) {
                    seed.close();
                }
                if (queries != null) {
                    queries.close();
                }
                if (commands != null) {
                    commands.close();
                }
            }
        }
    }

    /**
     * {@code -DbaselineQueryJar=<an earlier query side's exec jar>}: that query side first builds its views from
     * the same events, its events/s is kept for the ratio in "First build", and its schemas are dropped before
     * this version's query side starts on the same data.
     */
    private void buildBefore(Path jar, Dataset dataset, long events, Service commands, String jdbcUrl,
                             Map<String, String> env) throws Exception {
        long started = System.nanoTime();
        try (Service before = Service.start(jar, "query-side-baseline", jdbcUrl, env, out)) {
            new FirstBuild(true).run(new BenchmarkRun(dataset, events, started, commands, before, null, report, step,
                    out, jdbcUrl, OPERATOR, tokens));
        }
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement sql = db.createStatement();
             ResultSet schemas = sql.executeQuery("""
                     select string_agg(quote_ident(nspname), ', ') from pg_namespace
                     where nspname = 'query' or nspname ~ '^[a-z]+_[ab]$'""")) {
            schemas.next();
            sql.execute("drop schema " + schemas.getString(1) + " cascade");
        }
    }

    /** The PostgreSQL server of the data directory: its first process, which starts all the others. */
    private static ProcessHandle postmaster(Path data) throws Exception {
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        return ProcessHandle.of(pid).orElseThrow();
    }

    static void log(String format, Object... args) {
        System.out.println(Instant.now() + " " + format.formatted(args));
    }
}
