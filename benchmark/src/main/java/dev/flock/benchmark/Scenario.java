package dev.flock.benchmark;

/** One measurement of the benchmark: it runs against the services and the data of a run and adds report rows. */
interface Scenario {

    void run(BenchmarkRun run) throws Exception;

    /** Seconds since {@code since} (a {@link System#nanoTime()}). */
    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static String rate(double perSecond) {
        return "%,.0f/s".formatted(perSecond);
    }

    /** Throughput, p50 and p99 of a load, as a report cell. */
    static String line(Latencies run) {
        return "%,.0f/s (%.1f / %.1f)%s".formatted(run.perSecond(), run.p50(), run.p99(),
                run.errors() > 0 ? ", " + run.errors() + " errors" : "");
    }

    /** What one call of the load cost each process in CPU, e.g. "command side 1.20, PostgreSQL 0.80 ms". */
    static String cpu(Latencies run, String... processes) {
        StringBuilder line = new StringBuilder();
        for (String process : processes) {
            Double millis = run.cpuMillisPerCall().get(process);
            if (millis != null) {
                line.append(line.isEmpty() ? "" : ", ").append("%s %.2f".formatted(process, millis));
            }
        }
        return line.append(" ms").toString();
    }

    /** The CPU milliseconds per call of the processes together. */
    static double cpuSum(Latencies run, String... processes) {
        double sum = 0;
        for (String process : processes) {
            sum += run.cpuMillisPerCall().getOrDefault(process, Double.NaN);
        }
        return sum;
    }

    static String ratio(double ratio) {
        return "%.2f".formatted(ratio);
    }
}
