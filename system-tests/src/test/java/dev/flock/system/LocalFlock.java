package dev.flock.system;

import dev.flock.command.FlockCommandApplication;
import dev.flock.query.FlockQueryApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs all of Flock on this machine with nothing installed but a JDK: a real PostgreSQL from Maven Central jars
 * (data kept under {@code ./data/postgres}, port 5433), the command side on 8080 and the query side on 8081 (Actuator
 * on 9080 and 9081), both with the {@code local} profile: the command side makes a signing key at start, the query
 * side fetches its public half from {@code /.well-known/jwks.json}. {@code FLOCK_LOCAL_DATA} moves the data,
 * {@code FLOCK_LOCAL_PORT_OFFSET} adds to every port (a second copy beside the first).
 *
 * <p>Ctrl-C (SIGINT or SIGTERM) stops the query side, then the command side, then PostgreSQL, in one shutdown hook of
 * this class: neither Spring's nor zonky's own hooks run, which would stop the database under services still
 * releasing their claims. PostgreSQL runs in a session of its own ({@code pg_ctl} starts it so), so the signal
 * reaches it only through that order. If an earlier run was killed and left its PostgreSQL running on the data
 * directory, a start stops that one first.
 *
 * <p>Started by {@code ./mvnw -B -pl system-tests -am spring-boot:test-run}.
 */
public final class LocalFlock {

    private LocalFlock() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 3 && args[0].equals("--postgres-only")) {
            postgresOnly(Path.of(args[1]), Integer.parseInt(args[2]));
            return;
        }
        int offset = Integer.parseInt(Optional.ofNullable(System.getenv("FLOCK_LOCAL_PORT_OFFSET")).orElse("0"));
        Path data = Path.of(Optional.ofNullable(System.getenv("FLOCK_LOCAL_DATA")).orElse("data/postgres"))
                .toAbsolutePath();
        EmbeddedPostgres postgres = startPostgres(data, 5433 + offset);
        String url = postgres.getJdbcUrl("postgres", "postgres");
        List<ConfigurableApplicationContext> running = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(running, postgres), "flock-shutdown"));
        int commandPort = 8080 + offset;
        int queryPort = 8081 + offset;
        try {
            running.add(run(FlockCommandApplication.application(), FlockCommandApplication.CONFIG_NAME, url,
                    commandPort, args));
            running.add(0, run(FlockQueryApplication.application(), FlockQueryApplication.CONFIG_NAME, url,
                    queryPort, with(args,
                            "--flock.jwt.jwk-set-uri=http://localhost:" + commandPort + "/.well-known/jwks.json")));
        } catch (RuntimeException e) {
            System.err.println("Flock did not start: " + e.getMessage());
            System.exit(1); // the hook stops what did start
        }
        System.out.printf("%nFlock is running:%n"
                + "  command side  http://localhost:%d   (POST /api/users, /api/tokens, ...)%n"
                + "  query side    http://localhost:%d   (GET /api/users/{u}, .../timeline, ...)%n"
                + "  PostgreSQL    %s, data in %s%n"
                + "Ctrl-C stops everything.%n%n", commandPort, queryPort, url, data);
    }

    /** The services, the last started first, then PostgreSQL. */
    private static void stop(List<ConfigurableApplicationContext> running, EmbeddedPostgres postgres) {
        List.copyOf(running).forEach(ConfigurableApplicationContext::close);
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("Could not stop PostgreSQL cleanly: " + e.getMessage());
        }
    }

    /** Only PostgreSQL, for scripts that run the packaged services against it ({@code scripts/soak.sh}). */
    private static void postgresOnly(Path data, int port) throws IOException, InterruptedException {
        EmbeddedPostgres postgres = startPostgres(data, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(List.of(), postgres), "postgres-shutdown"));
        System.out.printf("PostgreSQL is running: %s, data in %s%n", postgres.getJdbcUrl("postgres", "postgres"),
                data);
        Thread.currentThread().join(); // until the process is stopped
    }

    private static EmbeddedPostgres startPostgres(Path data, int port) throws IOException, InterruptedException {
        Files.createDirectories(data);
        stopOrphan(data);
        return EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setRegisterShutdownHook(false) // stopped by this class, after the services
                .start();
    }

    /**
     * A PostgreSQL that an earlier run left on the data directory (that run was killed, so its hook never ran):
     * stopped with SIGTERM, PostgreSQL's smart shutdown, which its killed clients no longer hold up.
     */
    private static void stopOrphan(Path data) throws IOException, InterruptedException {
        Optional<ProcessHandle> orphan = postmaster(data);
        if (orphan.isEmpty()) {
            return; // none, or a stale file: PostgreSQL itself sees that its process is gone
        }
        long pid = orphan.get().pid();
        System.out.printf("PostgreSQL from an earlier run (process %d) is still running on %s: stopping it%n", pid,
                data);
        orphan.get().destroy();
        try {
            orphan.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("PostgreSQL from an earlier run (process " + pid + ") did not stop "
                    + "within 30 s; stop it with `kill -INT " + pid + "` and start again", e);
        }
    }

    /** The PostgreSQL running on the data directory, if one is: its {@code postmaster.pid} names a live postgres. */
    static Optional<ProcessHandle> postmaster(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().orElse("").endsWith("postgres"));
    }

    private static String[] with(String[] args, String more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add(more);
        return all.toArray(String[]::new);
    }

    private static ConfigurableApplicationContext run(SpringApplication app, String configName, String url,
                                                      int port, String[] args) {
        app.setAdditionalProfiles("local");
        app.setRegisterShutdownHook(false); // stopped by this class, in order
        app.setDefaultProperties(Map.of(
                "spring.config.name", configName,
                "spring.datasource.url", url,
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres"));
        return app.run(with(with(args, "--server.port=" + port), "--management.server.port=" + (port + 1000)));
    }
}
