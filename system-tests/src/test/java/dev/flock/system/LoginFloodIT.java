package dev.flock.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.system.support.ServiceProcess;
import dev.flock.testsupport.EmbeddedPostgresInitializer;
import dev.flock.testsupport.Http;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Password hashing is a bounded resource: 64 clients sending bogus logins as fast as they are answered, for 8 s,
 * against the packaged command side in a 512 MB heap, while one user keeps following and unfollowing. Every follow
 * must answer within 2 s and the heap must stay under 400 MB; each bogus login is refused (401), locked out (429)
 * or told to come back (503), never anything else. The throttle per client address is set out of reach here (all
 * clients come from 127.0.0.1), so that what holds the flood is the bound on hashing itself. Bounded in time and
 * count, loopback only.
 */
class LoginFloodIT {

    private static final Logger log = LoggerFactory.getLogger(LoginFloodIT.class);
    private static final int CLIENTS = 64;
    private static final Duration FLOOD = Duration.ofSeconds(8);
    private static final long HEAP_LIMIT = 400L * 1024 * 1024;

    @Test
    void aFloodOfBogusLoginsNeitherStarvesCommandsNorFillsTheHeap() throws Exception {
        String jdbcUrl = EmbeddedPostgresInitializer.newDatabase();
        Map<String, String> environment = new HashMap<>(ServiceProcess.TEST_ENVIRONMENT);
        environment.put("JAVA_TOOL_OPTIONS", "-Xmx512m");
        environment.put("FLOCK_LOGIN_ADDRESS_FREE_FAILURES", "1000000000");
        try (ServiceProcess command = ServiceProcess.start("command-side",
                jdbcUrl, "login-flood-command.log", environment)) {
            Http http = new Http(command.port());
            String bearer = Http.bearer(http.registerAndLogIn("steady", "a steady passphrase"));
            http.registerAndLogIn("followed", "a followed passphrase");
            // the first follow and unfollow load the aggregate and warm the command path: the flood measures
            // a running service, not its first command
            assertThat(http.send("PUT", "/api/users/steady/following/followed", null, "Authorization", bearer)
                    .status()).isEqualTo(204);
            assertThat(http.send("DELETE", "/api/users/steady/following/followed", null, "Authorization", bearer)
                    .status()).isEqualTo(204);

            Map<Integer, LongAdder> outcomes = new ConcurrentHashMap<>();
            AtomicLong maxHeap = new AtomicLong();
            long end = System.nanoTime() + FLOOD.toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> clients = new ArrayList<>();
            // one HTTP client with a connection per guesser: the load generator shares this machine's cores with
            // the service, and 64 clients of their own would add 64 selector threads to its side of the scale
            Http guessers = new Http(command.port());
            for (int client = 0; client < CLIENTS; client++) {
                int id = client;
                clients.add(pool.submit(() -> {
                    for (int n = 0; System.nanoTime() < end; n++) {
                        int status = guessers.send("POST", "/api/tokens", null, "Authorization",
                                Http.basic("ghost_" + id + "_" + n, "not the password " + n)).status();
                        outcomes.computeIfAbsent(status, s -> new LongAdder()).increment();
                    }
                }));
            }
            Http metrics = new Http(command.managementPort());
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            sampler.scheduleAtFixedRate(() -> maxHeap.accumulateAndGet(heapUsed(metrics), Math::max),
                    0, 200, TimeUnit.MILLISECONDS);

            List<Long> followMillis = new ArrayList<>();
            boolean following = false;
            while (System.nanoTime() < end) {
                long started = System.nanoTime();
                Http.Answer answer = http.send(following ? "DELETE" : "PUT", "/api/users/steady/following/followed",
                        null, "Authorization", bearer);
                followMillis.add((System.nanoTime() - started) / 1_000_000);
                assertThat(answer.status()).isEqualTo(204);
                following = !following;
            }
            for (Future<?> client : clients) {
                client.get(60, TimeUnit.SECONDS);
            }
            sampler.shutdown();
            assertThat(sampler.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            pool.shutdown();

            List<Long> sorted = followMillis.stream().sorted().toList();
            log.info("login flood: {} follows, p50 {} ms, max {} ms; bogus logins by status {}; max heap used {} MB",
                    sorted.size(), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), outcomes,
                    maxHeap.get() / (1024 * 1024));
            assertThat(sorted).isNotEmpty();
            assertThat(sorted.get(sorted.size() - 1)).as("slowest follow, ms").isLessThan(2_000L);
            assertThat(maxHeap.get()).as("heap used, bytes").isPositive().isLessThan(HEAP_LIMIT);
            assertThat(outcomes.keySet()).as("answers to bogus logins").isSubsetOf(401, 429, 503);
            assertThat(outcomes.get(401).sum()).as("logins that were checked").isPositive();
        }
    }

    /** The heap in use now, every pool added up, from the service's Prometheus metrics. */
    private static long heapUsed(Http metrics) {
        return (long) metrics.send("GET", "/actuator/prometheus", null).body().lines()
                .filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
