package dev.flock.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.system.support.Flock;
import dev.flock.system.support.ProcStat;
import dev.flock.system.support.ServiceProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * What Flock costs when nothing happens: both packaged services with their production settings, each in its own
 * process, on a PostgreSQL server of their own (so that no other test's work is counted), used once and then left
 * alone. Over 20 idle seconds the CPU time of both JVMs and of every PostgreSQL process, the ones that ended in
 * between included, is at most 2 % of one core. The numbers go to the log and to {@code target/idle-cost.txt}
 * ({@code scripts/idle-cost.sh} measures the same by hand). Reads {@code /proc}: Linux only, like the build machines.
 */
class IdleCostIT {

    private static final Logger log = LoggerFactory.getLogger(IdleCostIT.class);
    /** Start-up work mostly over by then: the JIT compiling what the first calls and the timers ran, first claims. */
    private static final Duration SETTLE = Duration.ofSeconds(20);
    private static final Duration WINDOW = Duration.ofSeconds(20);
    private static final double MOST_PERCENT_OF_A_CORE = 2.0;

    @Test
    void bothServicesAndPostgresqlTogetherUseAtMostTwoPercentOfACoreWhenIdle() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
            long postmaster = postmasterOf(jdbcUrl);
            try (ServiceProcess command = ServiceProcess.start("command-side", jdbcUrl, "idle-command.log",
                    ServiceProcess.TEST_ENVIRONMENT);
                 ServiceProcess query = ServiceProcess.start("query-side", jdbcUrl, "idle-query.log",
                         ServiceProcess.TEST_ENVIRONMENT)) {
                // once through every part: a command, its events, the views, a consistent read
                Flock flock = new Flock(command.port(), query.port());
                flock.register("idle_user");
                assertThat(flock.get("/api/users/idle_user").status()).isEqualTo(200);

                Thread.sleep(SETTLE.toMillis()); // not a wait for an effect: start-up cost kept out of the window
                long[] before = {ticks(command.pid()), ticks(query.pid()), postgresTicks(postmaster)};
                Thread.sleep(WINDOW.toMillis()); // the window measured: nothing is sent to either service
                long[] after = {ticks(command.pid()), ticks(query.pid()), postgresTicks(postmaster)};

                double tick = ticksPerSecond(); // what /proc/<pid>/stat counts CPU time in
                double[] seconds = new double[3];
                double total = 0;
                for (int i = 0; i < 3; i++) {
                    seconds[i] = (after[i] - before[i]) / tick;
                    total += seconds[i];
                }
                double percent = 100 * total / WINDOW.toSeconds();
                String report = String.format("idle %d s: command side %.2f CPU-s, query side %.2f CPU-s, "
                                + "PostgreSQL %.2f CPU-s; total %.2f %% of one core (at most %.1f %%)%n",
                        WINDOW.toSeconds(), seconds[0], seconds[1], seconds[2], percent, MOST_PERCENT_OF_A_CORE);
                log.info(report.strip());
                Files.writeString(Path.of("target", "idle-cost.txt"), report);
                assertThat(percent).as(report).isLessThanOrEqualTo(MOST_PERCENT_OF_A_CORE);
            }
        }
    }

    /** The server's main process: the parent of its checkpointer. */
    private static long postmasterOf(String jdbcUrl) {
        JdbcClient database = JdbcClient.create(new DriverManagerDataSource(jdbcUrl, "postgres", "postgres"));
        long checkpointer = database.sql("select pid from pg_stat_activity where backend_type = 'checkpointer'")
                .query(Long.class).single();
        return ProcStat.of(checkpointer).orElseThrow().parent();
    }

    /** CPU time of the main process, of the processes it has reaped and of those running now, in clock ticks. */
    private static long postgresTicks(long postmaster) {
        ProcStat main = ProcStat.of(postmaster).orElseThrow();
        return main.cpuTicks() + main.reapedChildrenTicks() + ProcessHandle.of(postmaster).orElseThrow().children()
                // one that ended in between is among the reaped now
                .mapToLong(child -> ProcStat.of(child.pid()).map(ProcStat::cpuTicks).orElse(0L)).sum();
    }

    /** User and system CPU time of a process, all its threads, in clock ticks. */
    private static long ticks(long pid) {
        return ProcStat.of(pid).orElseThrow().cpuTicks();
    }

    private static double ticksPerSecond() throws IOException, InterruptedException {
        Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
        String ticks = new String(getconf.getInputStream().readAllBytes()).strip();
        assertThat(getconf.waitFor()).isZero();
        return Double.parseDouble(ticks);
    }
}
