package dev.flock.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;

/**
 * What crypto-shredding costs, side by side in one run: two command sides on two databases of one PostgreSQL, one
 * storing emails and post bodies encrypted (as shipped), one with {@code flock.personal-data.encrypt=false}
 * (plain text), each with a query side. Both get the same users, follows and {@code -Dposts=20000} posts; then
 * rounds alternate the two: a replay of every view from those events (events/s), and after them post and follow
 * commands at 1, 4 and 16 clients. Medians of the rounds, and the ratio encrypted/plain; and the key table's bytes
 * per user and per post. Run by {@code scripts/encryption-benchmark.sh}; {@code -Drounds=3 -Dseconds=5}.
 */
public final class EncryptionBenchmark {

    private static final String SECRET = UUID.randomUUID().toString();
    private static final String OPERATOR = "Basic " + Base64.getEncoder()
            .encodeToString(("operator:" + SECRET).getBytes(StandardCharsets.UTF_8));
    private static final int USERS = 40;
    private static final int[] CLIENTS = {1, 4, 16};
    /** Posts on each side before the replays (each user also follows the next 10). */
    private static final int POSTS = Integer.getInteger("posts", 20_000);

    private EncryptionBenchmark() {
    }

    /** One of the two setups: its services, its users' tokens, and what each round measured. */
    private record Side(String name, BenchmarkRun run, List<String> bearers, Map<String, List<Double>> results) {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(System.getProperty("out", "target/encryption-benchmark"));
        Files.createDirectories(out);
        int rounds = Integer.getInteger("rounds", 3);
        Duration step = Duration.ofSeconds(Integer.getInteger("seconds", 5));
        Tokens tokens = new Tokens();
        Map<String, String> env = Map.of("FLOCK_JWT_SIGNING_KEY", tokens.signingKey(),
                "FLOCK_JWT_PUBLIC_KEYS", tokens.publicKey(), "FLOCK_ADMIN_USERNAME", "operator",
                "FLOCK_ADMIN_PASSWORD", SECRET);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(Files.createTempDirectory("flock-encryption-pg"))
                .setServerConfig("shared_buffers", "512MB").setServerConfig("max_connections", "300")
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
        List<Service> services = new ArrayList<>();
        try (EmbeddedPostgres postgres = builder.start()) {
            List<Side> sides = new ArrayList<>();
            for (String name : List.of("encrypted", "plain")) {
                try (Connection db = postgres.getPostgresDatabase().getConnection();
                     Statement sql = db.createStatement()) {
                    sql.execute("create database " + name);
                }
                String jdbcUrl = postgres.getJdbcUrl("postgres", name);
                Service commands = Service.start(jar("command-side"), "command-side-" + name, jdbcUrl, env, out,
                        "flock.personal-data.encrypt=" + name.equals("encrypted"));
                services.add(commands);
                Service queries = Service.start(jar("query-side"), "query-side-" + name, jdbcUrl, env, out,
                        "flock.replay.cooldown=0s");
                services.add(queries);
                BenchmarkRun run = new BenchmarkRun(null, 0, System.nanoTime(), commands, queries, null, new Report(),
                        step, out, jdbcUrl, OPERATOR, tokens);
                sides.add(new Side(name, run, register(run, name), new LinkedHashMap<>()));
            }
            // the same events on both sides for the replays: a fixed number of posts and follows
            for (Side side : sides) {
                fill(side, POSTS);
            }
            for (int round = 0; round < rounds; round++) {
                List<Side> order = round % 2 == 0 ? sides : List.of(sides.get(1), sides.get(0));
                for (Side side : order) {
                    measureReplay(side);
                }
            }
            for (int round = 0; round < rounds; round++) {
                List<Side> order = round % 2 == 0 ? sides : List.of(sides.get(1), sides.get(0));
                for (Side side : order) {
                    measureCommands(side, step);
                }
            }
            String report = report(sides, rounds, step);
            Files.writeString(out.resolve("report.md"), report);
            System.out.println(report);
        } finally {
            for (Service service : services) {
                service.close();
            }
        }
    }

    /** Registers the side's users through the API and logs each in: real accounts with real keys. */
    private static List<String> register(BenchmarkRun run, String side) throws Exception {
        List<String> bearers = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            String name = "enc" + i;
            String body = "{\"username\":\"%s\",\"email\":\"%s@%s.example.com\",\"password\":\"benchmark password\"}"
                    .formatted(name, name, side);
            HttpResponse<String> registered = run.exchange(HttpRequest.newBuilder(URI.create("http://localhost:"
                            + run.commands.port() + "/api/users"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            if (registered.statusCode() != 201) {
                throw new IllegalStateException("registration of " + name + ": " + registered.body());
            }
            HttpResponse<String> login = run.exchange(HttpRequest.newBuilder(URI.create("http://localhost:"
                            + run.commands.port() + "/api/tokens"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (name + ":benchmark password").getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            String token = login.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
            bearers.add("Bearer " + token);
        }
        return bearers;
    }

    private static Path jar(String module) throws Exception {
        try (var files = Files.list(Path.of(module, "target"))) {
            return files.filter(f -> f.getFileName().toString().matches(module + "-.*-exec\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("build " + module + " first"));
        }
    }

    private static void measureCommands(Side side, Duration step) throws Exception {
        BenchmarkRun run = side.run();
        for (int clients : CLIENTS) {
            Latencies posts = Load.run(side.name() + " posts, " + clients + " clients", clients, step, client -> {
                String path = "/api/users/enc" + client + "/posts";
                String bearer = side.bearers().get(client);
                return () -> run.send("POST", run.commands.port(), path, bearer,
                        "{\"body\":\"a post of some length, as people write them: " + UUID.randomUUID() + "\"}")
                        == 201;
            });
            record(side, "Post commands/s, " + clients + " clients", posts.perSecond());
            Latencies follows = Load.run(side.name() + " follows, " + clients + " clients", clients, step,
                    client -> {
                        String path = "/api/users/enc" + client + "/following/enc" + (USERS - 1 - client);
                        String bearer = side.bearers().get(client);
                        boolean[] following = {false};
                        return () -> {
                            following[0] = !following[0];
                            return run.send(following[0] ? "PUT" : "DELETE", run.commands.port(), path, bearer,
                                    null) == 204;
                        };
                    });
            record(side, "Follow commands/s, " + clients + " clients", follows.perSecond());
        }
    }

    /** {@code posts} posts spread over the users, 16 at a time, and each user's follows of the next 10. */
    private static void fill(Side side, int posts) throws Exception {
        BenchmarkRun run = side.run();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int user = 0; user < USERS; user++) {
                for (int next = 1; next <= 10; next++) {
                    String path = "/api/users/enc" + user + "/following/enc" + (user + next) % USERS;
                    String bearer = side.bearers().get(user);
                    calls.add(pool.submit(() -> run.send("PUT", run.commands.port(), path, bearer, null)));
                }
            }
            for (int i = 0; i < posts; i++) {
                int user = i % USERS;
                String body = "{\"body\":\"post %d, of some length, as people write them\"}".formatted(i);
                calls.add(pool.submit(() -> run.send("POST", run.commands.port(), "/api/users/enc" + user + "/posts",
                        side.bearers().get(user), body)));
            }
            for (Future<Integer> call : calls) {
                if (call.get() / 100 != 2) {
                    throw new IllegalStateException("filling " + side.name() + ": " + call.get());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        Benchmark.log("%s: %,d events", side.name(), run.count("select count(*) from eventstore.domain_event_entry"));
    }

    /** Every view replayed at once from the first event; events/s per view. */
    private static void measureReplay(Side side) throws Exception {
        BenchmarkRun run = side.run();
        long events = run.count("select count(*) from eventstore.domain_event_entry");
        long personal = run.count("select count(*) from eventstore.domain_event_entry where payload_type in "
                + "('dev.flock.events.UserRegistered', 'dev.flock.events.PostPublished')");
        long started = System.nanoTime();
        for (String view : List.of("follows", "posts", "profiles", "relationships", "timeline")) {
            run.admin("POST", "/api/admin/projections/" + view + "/replay");
        }
        while (StreamSupport.stream(run.admin("GET", "/api/admin/projections").spliterator(), false)
                .anyMatch(projection -> projection.get("replaying").asBoolean())) {
            Thread.sleep(100); // the operator API has no push
        }
        double seconds = Scenario.seconds(started);
        Benchmark.log("%s: replayed %,d events (%,d with personal data) in %.1f s", side.name(), events, personal,
                seconds);
        record(side, "Replay of every view, events/s per view", events / seconds);
    }

    private static void record(Side side, String what, double value) {
        side.results().computeIfAbsent(what, k -> new ArrayList<>()).add(value);
    }

    private static String report(List<Side> sides, int rounds, Duration step) throws Exception {
        Side encrypted = sides.get(0);
        Side plain = sides.get(1);
        StringBuilder report = new StringBuilder("""
                # Crypto-shredding: encrypted against plain personal fields, one run

                %d rounds, alternating which setup goes first; each load %d s after a warm-up; medians of the rounds
                (every round's value in brackets). PostgreSQL durable (fsync, synchronous commits).

                | measure | encrypted (as shipped) | plain (`flock.personal-data.encrypt=false`) | encrypted / plain |
                |---|---|---|---|
                """.formatted(rounds, step.toSeconds()));
        for (String what : encrypted.results().keySet()) {
            List<Double> with = encrypted.results().get(what);
            List<Double> without = plain.results().get(what);
            report.append("| %s | %,.0f %s | %,.0f %s | %.2f |%n".formatted(what, median(with), all(with),
                    median(without), all(without), median(with) / median(without)));
        }
        BenchmarkRun run = encrypted.run();
        long users = run.count("select count(*) from eventstore.personal_data_key k "
                + "where exists (select 1 from command.user_lookup u where u.user_id = k.subject_id)");
        long posts = run.count("select count(*) from eventstore.personal_data_key k "
                + "where exists (select 1 from command.post p where p.post_id = k.subject_id)");
        long keyBytes = run.count("select coalesce(sum(octet_length(aes_key)), 0) from eventstore.personal_data_key");
        long tableBytes = run.count("select pg_total_relation_size('eventstore.personal_data_key')");
        long rows = users + posts;
        report.append("""

                Keys: %,d users and %,d posts hold a key each; every key is %d bytes of AES-256 key; with its subject
                id, row overhead and the primary-key index the table takes %,d bytes, %.0f bytes per user or per post.
                """.formatted(users, posts, keyBytes / Math.max(rows, 1), tableBytes,
                (double) tableBytes / Math.max(rows, 1)));
        return report.toString();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String all(List<Double> values) {
        return values.stream().map(v -> "%,.0f".formatted(v)).toList().toString();
    }
}
