package dev.flock.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs an operation from a number of clients, each in a loop, for a while; times every call after a warm-up of
 * {@code -Dwarmup=3} seconds (same clients, same operation, not timed), so the JIT and the pools are warm.
 */
final class Load {

    private static final Duration WARMUP = Duration.ofSeconds(Integer.getInteger("warmup", 3));

    /** The run's processes, sampled as each timed load starts and ends; none until the run sets it. */
    static volatile CpuMeter meter;

    private Load() {
    }

    /**
     * {@code clients} threads, each calling the operation {@code operations.apply(client)} made for it until
     * {@code duration} has passed; the operation answers whether the call succeeded.
     */
    static Latencies run(String name, int clients, Duration duration, IntFunction<Callable<Boolean>> operations)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long warm = System.nanoTime() + WARMUP.toNanos();
        long started = warm;
        long deadline = started + duration.toNanos();
        List<Future<long[]>> results = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            Callable<Boolean> operation = operations.apply(client);
            results.add(pool.submit(() -> {
                long[] nanos = new long[1024];
                int count = 0;
                long errors = 0;
                while (System.nanoTime() < warm) {
                    try {
                        operation.call();
                    } catch (Exception e) {
                        // failures count when timed
                    }
                }
                while (System.nanoTime() < deadline) {
                    long begin = System.nanoTime();
                    boolean ok;
                    try {
                        ok = operation.call();
                    } catch (Exception e) {
                        ok = false;
                        if (errors == 0) {
                            Benchmark.log("%s: first failure: %s", name, e);
                        }
                    }
                    long took = System.nanoTime() - begin;
                    if (!ok) {
                        errors++;
                        continue;
                    }
                    if (count == nanos.length) {
                        nanos = java.util.Arrays.copyOf(nanos, count * 2);
                    }
                    nanos[count++] = took;
                }
                long[] mine = java.util.Arrays.copyOf(nanos, count + 1);
                mine[count] = -errors - 1; // the error count rides along as a negative last element
                return mine;
            }));
        }
        Map<String, Map<Long, Long>> cpuBefore = Map.of();
        Map<String, Map<Long, Long>> cpuAfter = Map.of();
        CpuMeter cpu = meter;
        if (cpu != null) {
            sleepUntil(warm);
            cpuBefore = cpu.nanos();
            sleepUntil(deadline);
            cpuAfter = cpu.nanos();
        }
        List<Long> all = new ArrayList<>();
        long errors = 0;
        for (Future<long[]> result : results) {
            long[] mine = result.get();
            for (int i = 0; i < mine.length - 1; i++) {
                all.add(mine[i]);
            }
            errors += -(mine[mine.length - 1] + 1);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        return new Latencies(name, all.stream().mapToLong(Long::longValue).toArray(), errors, seconds,
                CpuMeter.perCall(cpuBefore, cpuAfter, all.size()));
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }
}
