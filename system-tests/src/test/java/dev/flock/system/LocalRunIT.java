package dev.flock.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.flock.system.support.ProcStat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The README's run command ({@link LocalFlock} through Maven), as a user runs it in a terminal: in a process group of
 * its own, stopped the way Ctrl-C stops it, with a signal to the whole group (SIGTERM here). Within 10 s nothing of
 * it is left, PostgreSQL included, and its log has no ERROR. And after a hard kill, which leaves PostgreSQL running
 * on the data directory, the next start recovers by itself.
 */
class LocalRunIT {

    private static final Logger log = LoggerFactory.getLogger(LocalRunIT.class);
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path DIRECTORY = Path.of("target", "local-run").toAbsolutePath();
    private static final Path DATA = DIRECTORY.resolve("postgres");
    /** Building the modules it needs, then starting PostgreSQL and both services, on a loaded machine. */
    private static final Duration START = Duration.ofMinutes(5);
    private static final Duration STOP = Duration.ofSeconds(10);

    private final List<Long> groups = new ArrayList<>();

    @AfterEach
    void killWhatIsLeft() throws Exception {
        for (long group : groups) {
            signal("-KILL", group);
        }
        LocalFlock.postmaster(DATA).ifPresent(ProcessHandle::destroyForcibly);
    }

    @Test
    void ctrlCStopsEverythingWithinTenSecondsAndAStartAfterAHardKillRecovers() throws Exception {
        List<String> command = readmeRunCommand();
        log.info("The README's run command: {}", String.join(" ", command));
        Files.createDirectories(DIRECTORY);
        // its ports from 18080 to 27081: clear of the ephemeral range, where the other tests' services listen
        int offset = 10_000 + 10 * ThreadLocalRandom.current().nextInt(900);

        // killed hard: the services die with their JVM, PostgreSQL (in a session of its own) stays
        long first = start(command, offset, "first.log");
        ProcessHandle orphan = LocalFlock.postmaster(DATA).orElseThrow();
        signal("-KILL", first);
        await().atMost(STOP).until(() -> groupGone(first));
        assertThat(orphan.isAlive()).as("PostgreSQL outlives a hard kill").isTrue();

        // started again on the same data: the orphan is stopped, everything comes up
        long second = start(command, offset, "second.log");
        assertThat(orphan.isAlive()).isFalse();
        assertThat(Files.readString(DIRECTORY.resolve("second.log")))
                .contains("PostgreSQL from an earlier run (process " + orphan.pid() + ") is still running");
        ProcessHandle postgres = LocalFlock.postmaster(DATA).orElseThrow();

        // Ctrl-C
        long stopping = System.nanoTime();
        signal("-TERM", second);
        await().atMost(STOP).pollInterval(Duration.ofMillis(100))
                .until(() -> groupGone(second) && !postgres.isAlive());
        log.info("Stopped in {} ms", (System.nanoTime() - stopping) / 1_000_000);
        assertThat(Files.readAllLines(DIRECTORY.resolve("second.log"))).noneMatch(line -> line.contains("ERROR"));
    }

    /** The line of README.md that runs Flock, without its comment. */
    private static List<String> readmeRunCommand() throws IOException {
        String line = Files.readAllLines(ROOT.resolve("README.md")).stream()
                .filter(l -> l.startsWith("./mvnw") && l.contains("spring-boot:test-run"))
                .findFirst().orElseThrow(() -> new AssertionError("README.md shows no run command"));
        return List.of(line.replaceFirst("#.*", "").strip().split("\\s+"));
    }

    /** Starts the command in a new session (its own process group, as a shell's job) and waits until it runs. */
    private long start(List<String> command, int offset, String logName) {
        List<String> session = new ArrayList<>(List.of("setsid"));
        session.addAll(command);
        Path logFile = DIRECTORY.resolve(logName);
        ProcessBuilder builder = new ProcessBuilder(session).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        builder.environment().put("FLOCK_LOCAL_DATA", DATA.toString());
        builder.environment().put("FLOCK_LOCAL_PORT_OFFSET", Integer.toString(offset));
        try {
            Process process = builder.start();
            groups.add(process.pid());
            await().atMost(START).pollInterval(Duration.ofMillis(500))
                    .until(() -> Files.readString(logFile).contains("Flock is running"));
            return process.pid();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether no process of the group is left: none has it as its process group. */
    private static boolean groupGone(long group) {
        return ProcessHandle.allProcesses()
                .noneMatch(process -> ProcStat.of(process.pid()).map(ProcStat::group).orElse(-1L) == group);
    }

    private static void signal(String signal, long group) throws IOException, InterruptedException {
        new ProcessBuilder("kill", signal, "--", "-" + group).start().waitFor();
    }
}
