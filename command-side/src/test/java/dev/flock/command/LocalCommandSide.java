package dev.flock.command;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;

/**
 * Runs the command side on this machine with nothing installed but a JDK: a real PostgreSQL from Maven Central
 * jars keeps its data under {@code ./data/postgres} (so a restart keeps everything) and listens on port 5433, and
 * the service runs with the {@code local} profile's development secret. Started by
 * {@code ./mvnw -pl command-side -am spring-boot:test-run}; Ctrl-C stops both.
 */
public final class LocalCommandSide {

    private LocalCommandSide() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of("data", "postgres").toAbsolutePath();
        Files.createDirectories(data);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(5433)
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("Could not stop PostgreSQL cleanly: " + e.getMessage());
            }
        }, "postgres-shutdown"));
        System.out.println("PostgreSQL listens on " + postgres.getJdbcUrl("postgres", "postgres")
                + " with its data in " + data);

        SpringApplication app = FlockCommandApplication.application();
        app.setAdditionalProfiles("local");
        app.setDefaultProperties(Map.of(
                "spring.config.name", FlockCommandApplication.CONFIG_NAME,
                "spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres"));
        app.run(args);
        System.out.println("Flock command side listens on http://localhost:8080");
    }
}
