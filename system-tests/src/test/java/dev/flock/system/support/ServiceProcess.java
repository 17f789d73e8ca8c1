package dev.flock.system.support;

import static org.awaitility.Awaitility.await;

import dev.flock.testsupport.EmbeddedPostgresInitializer;
import dev.flock.testsupport.Http;
import dev.flock.testsupport.TestKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A service's runnable jar in its own process, as an operator starts it, with a port and a log of its own. */
public final class ServiceProcess implements AutoCloseable {

    /** What a packaged query or command side needs in its environment to start in a test. */
    public static final Map<String, String> TEST_ENVIRONMENT = Map.of(
            "FLOCK_JWT_SIGNING_KEY", TestKeys.signingKey(),
            "FLOCK_JWT_PUBLIC_KEYS", TestKeys.publicKey(),
            "FLOCK_ADMIN_USERNAME", "operator",
            "FLOCK_ADMIN_PASSWORD", "test-operator-password");

    /**
     * The same, with the query side's claim timeout an operator sets for quick failover (5 s instead of 15 s: a dead
     * instance's segments are taken over within about 7 s, for a claim check every 1.7 s when idle).
     */
    public static final Map<String, String> QUICK_FAILOVER = with(TEST_ENVIRONMENT,
            "AXON_EVENTHANDLING_TOKENSTORE_CLAIMTIMEOUT", "5s");

    private final Process process;
    private final int port;
    private final int managementPort;

    private ServiceProcess(Process process, int port, int managementPort) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
    }

    /**
     * Starts {@code <module>-*-exec.jar} from {@code ../<module>/target} (where the build packaged it) against the
     * database, and waits until it is healthy. Its output goes to {@code target/<log>}.
     */
    public static ServiceProcess start(String module, String jdbcUrl, String log, Map<String, String> environment) {
        int port = freePort();
        int managementPort = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jar = jar(Path.of("..", module, "target"), module);
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString(), "--server.port=" + port,
                "--management.server.port=" + managementPort));
        for (String property : EmbeddedPostgresInitializer.datasourceProperties(jdbcUrl)) {
            command.add("--" + property);
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", log).toFile()));
        builder.environment().putAll(environment);
        try {
            ServiceProcess service = new ServiceProcess(builder.start(), port, managementPort);
            Http http = new Http(managementPort);
            try {
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                        .until(() -> http.send("GET", "/actuator/health", null).status() == 200);
            } catch (RuntimeException e) {
                service.process.destroyForcibly();
                throw e;
            }
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The operating system's id of the service's JVM. */
    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    /** Where Actuator answers: health and metrics. */
    public int managementPort() {
        return managementPort;
    }

    /** kill -9: no shutdown hook runs, no claim is released, no batch is finished. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() {
        process.destroy();
    }

    private static Map<String, String> with(Map<String, String> environment, String name, String value) {
        Map<String, String> more = new HashMap<>(environment);
        more.put(name, value);
        return Map.copyOf(more);
    }

    private static Path jar(Path target, String module) {
        try (var files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches(module + "-.*-exec\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No runnable jar of " + module + " in " + target
                            + ": run the build from the top (./mvnw verify), which packages it first."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
