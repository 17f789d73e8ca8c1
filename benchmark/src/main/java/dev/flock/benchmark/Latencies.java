package dev.flock.benchmark;

import java.util.Arrays;
import java.util.Map;

/** What a timed run of one operation gave: how many, in how long, how many failed, and the latency of each. */
record Latencies(String name, long[] nanos, long errors, double seconds, Map<String, Double> cpuMillisPerCall) {

    double perSecond() {
        return nanos.length / seconds;
    }

    /** The latency at quantile {@code q} (0..1), in milliseconds. */
    double millis(double q) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
        return sorted[index] / 1e6;
    }

    double p50() {
        return millis(0.5);
    }

    double p99() {
        return millis(0.99);
    }
}
