package dev.flock.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.flock.query.support.Flock;
import dev.flock.query.support.FlockSystemInitializer;
import dev.flock.testsupport.EmbeddedPostgresInitializer;
import dev.flock.testsupport.Http;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The two runnable jars as an operator runs them ({@code java -jar ... --spring.datasource.url=...}), each in its
 * own process with its own production classpath, on an empty database, the query side first: both come up
 * healthy, create their schemas, and a registration on the command side shows on the query side.
 */
class PackagedServicesIT {

    private static final Path TARGET = Path.of("target");
    private static final Path COMMAND_TARGET = Path.of("..", "command-side", "target");

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stop() {
        processes.forEach(Process::destroy);
    }

    @Test
    void bothJarsRunOnAnEmptyDatabaseWhicheverStartsFirst() throws Exception {
        String jdbcUrl = EmbeddedPostgresInitializer.newDatabase();
        int queryPort = freePort();
        int commandPort = freePort();

        start(jar(TARGET, "query-side"), jdbcUrl, queryPort, "query.log");
        awaitHealthy(queryPort);
        start(jar(COMMAND_TARGET, "command-side"), jdbcUrl, commandPort, "command.log");
        awaitHealthy(commandPort);

        Flock flock = new Flock(commandPort, queryPort);
        flock.register("packaged");
        assertThat(flock.get("/api/users/packaged").json().get("username").asString()).isEqualTo("packaged");
    }

    private void start(Path jar, String jdbcUrl, int port, String log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString(), "--server.port=" + port));
        for (String property : EmbeddedPostgresInitializer.datasourceProperties(jdbcUrl)) {
            command.add("--" + property);
        }
        File logFile = TARGET.resolve(log).toFile();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logFile);
        builder.environment().put("FLOCK_JWT_SECRET", FlockSystemInitializer.TEST_SECRET);
        builder.environment().put("FLOCK_ADMIN_USERNAME", "operator");
        builder.environment().put("FLOCK_ADMIN_PASSWORD", "test-operator-password");
        processes.add(builder.start());
    }

    private static void awaitHealthy(int port) {
        Http http = new Http(port);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> http.send("GET", "/actuator/health", null).status() == 200);
    }

    private static Path jar(Path target, String module) throws IOException {
        try (var files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches(module + "-.*-exec\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No runnable jar of " + module + " in " + target
                            + ": run the build from the top (./mvnw verify), which packages it first."));
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
