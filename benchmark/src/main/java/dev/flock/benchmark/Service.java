package dev.flock.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A packaged service in its own JVM (512 MB heap), as an operator runs it, and its heap as jcmd sees it. */
final class Service implements AutoCloseable {

    private final String name;
    private final Process process;
    private final int port;
    private final int managementPort;
    private volatile double peakHeapMb;

    /** The service's JVM. */
    ProcessHandle handle() {
        return process.toHandle();
    }

    private Service(String name, Process process, int port, int managementPort) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
    }

    static Service start(String module, String jdbcUrl, Map<String, String> environment, Path logs,
                         String... properties) throws Exception {
        Path jar;
        try (var files = Files.list(Path.of(module, "target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches(module + "-.*-exec\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("build " + module + " first"));
        }
        return start(jar, module, jdbcUrl, environment, logs, properties);
    }

    /** A service from a jar built elsewhere (an earlier version, as a baseline), logging to {@code <module>.log}. */
    static Service start(Path jar, String module, String jdbcUrl, Map<String, String> environment, Path logs,
                         String... properties) throws Exception {
        int port = freePort();
        int managementPort = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m"));
        // -Dprofile=true records each service with JDK Flight Recorder into <out>/<module>.jfr
        if (Boolean.getBoolean("profile")) {
            command.add("-XX:StartFlightRecording=filename=" + logs.resolve(module + ".jfr").toAbsolutePath()
                    + ",settings=profile");
        }
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port,
                "--management.server.port=" + managementPort,
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres"));
        for (String property : properties) {
            command.add("--" + property);
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve(module + ".log").toFile());
        builder.environment().putAll(environment);
        Service service = new Service(module, builder.start(), port, managementPort);
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + managementPort + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return service;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline || !service.process.isAlive()) {
                service.close();
                throw new IllegalStateException(module + " did not become healthy; see " + logs);
            }
            Thread.sleep(250); // polling a process we started for its health: nothing to subscribe to
        }
    }

    int port() {
        return port;
    }

    /** Where Actuator answers: health and metrics. */
    int managementPort() {
        return managementPort;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    String name() {
        return name;
    }

    /**
     * Samples the used heap (without forcing a collection) from the service's own Prometheus metrics, and keeps
     * the highest seen. (Asking jcmd instead costs a JVM start per sample, half a core on this machine.)
     */
    void sampleHeap(HttpClient http) {
        try {
            String metrics = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort
                    + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString()).body();
            double used = metrics.lines()
                    .filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum();
            peakHeapMb = Math.max(peakHeapMb, used / 1024 / 1024);
        } catch (IOException e) {
            // the service is busy or gone: no sample
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    double peakHeapMb() {
        return peakHeapMb;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
