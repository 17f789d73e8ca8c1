package dev.flock.system;

import dev.flock.command.FlockCommandApplication;
import dev.flock.query.FlockQueryApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs all of Flock on this machine with nothing installed but a JDK: a real PostgreSQL from Maven Central jars
 * (data kept under {@code ./data/postgres}, port 5433), the command side on 8080 and the query side on 8081, both
 * with the {@code local} profile: the command side makes a signing key at start, the query side fetches its public
 * half from {@code /.well-known/jwks.json}. Ctrl-C stops the services, then PostgreSQL.
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
        Path data = Path.of("data", "postgres").toAbsolutePath();
        Files.createDirectories(data);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(5433)
                .start();
        String url = postgres.getJdbcUrl("postgres", "postgres");
        ConfigurableApplicationContext commandSide = run(FlockCommandApplication.application(),
                FlockCommandApplication.CONFIG_NAME, url, 8080, args);
        ConfigurableApplicationContext querySide = run(FlockQueryApplication.application(),
                FlockQueryApplication.CONFIG_NAME, url, 8081, args);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            querySide.close();
            commandSide.close();
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("Could not stop PostgreSQL cleanly: " + e.getMessage());
            }
        }, "flock-shutdown"));
        System.out.printf("%nFlock is running:%n"
                + "  command side  http://localhost:8080   (POST /api/users, /api/tokens, ...)%n"
                + "  query side    http://localhost:8081   (GET /api/users/{u}, .../timeline, ...)%n"
                + "  PostgreSQL    %s, data in %s%n"
                + "Ctrl-C stops everything.%n%n", url, data);
    }

    /** Only PostgreSQL, for scripts that run the packaged services against it ({@code scripts/soak.sh}). */
    private static void postgresOnly(Path data, int port) throws IOException, InterruptedException {
        Files.createDirectories(data);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("Could not stop PostgreSQL cleanly: " + e.getMessage());
            }
        }, "postgres-shutdown"));
        System.out.printf("PostgreSQL is running: %s, data in %s%n", postgres.getJdbcUrl("postgres", "postgres"),
                data);
        Thread.currentThread().join(); // until the process is stopped
    }

    private static ConfigurableApplicationContext run(SpringApplication app, String configName, String url,
                                                      int port, String[] args) {
        app.setAdditionalProfiles("local");
        app.setDefaultProperties(Map.of(
                "spring.config.name", configName,
                "spring.datasource.url", url,
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres",
                "server.port", Integer.toString(port)));
        return app.run(args);
    }
}
