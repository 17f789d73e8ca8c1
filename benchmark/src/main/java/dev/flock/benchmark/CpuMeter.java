package dev.flock.benchmark;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The CPU time each process of a run has used so far: each service, PostgreSQL (the server and every process it
 * started) and the load generator, all on the same cores. Sampled at the start and the end of a timed load, it
 * says what one call cost each of them ({@link Latencies#cpuMillisPerCall}).
 */
final class CpuMeter {

    private final Map<String, Supplier<Stream<ProcessHandle>>> processes = new LinkedHashMap<>();

    /** Counts the process, and with {@code descendants} every process it started, under {@code name}. */
    CpuMeter add(String name, ProcessHandle process, boolean descendants) {
        processes.put(name, () -> descendants ? Stream.concat(Stream.of(process), process.descendants())
                : Stream.of(process));
        return this;
    }

    /** CPU nanoseconds used so far, by name and process id. */
    Map<String, Map<Long, Long>> nanos() {
        Map<String, Map<Long, Long>> used = new LinkedHashMap<>();
        processes.forEach((name, handles) -> used.put(name, handles.get().collect(Collectors.toMap(
                ProcessHandle::pid, handle -> handle.info().totalCpuDuration().map(Duration::toNanos).orElse(0L),
                Long::sum))));
        return used;
    }

    /**
     * CPU milliseconds per call between two samples, by name: what each process that is there at the end used
     * since the first (a PostgreSQL process that ended in between is left out; it cannot be read any more).
     */
    static Map<String, Double> perCall(Map<String, Map<Long, Long>> before, Map<String, Map<Long, Long>> after,
                                       long calls) {
        Map<String, Double> millis = new LinkedHashMap<>();
        after.forEach((name, byPid) -> {
            Map<Long, Long> earlier = before.getOrDefault(name, Map.of());
            long nanos = byPid.entrySet().stream()
                    .mapToLong(entry -> entry.getValue() - earlier.getOrDefault(entry.getKey(), 0L)).sum();
            millis.put(name, calls == 0 ? Double.NaN : nanos / 1e6 / calls);
        });
        return millis;
    }
}
