package dev.flock.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flock.login.*}: how password logins are throttled (users' on the command side, the operator's on the
 * query side). Per username: {@code free-failures} failures in a row (5), then a lock of {@code first-lockout} (1 s)
 * doubling up to {@code max-lockout} (15 min). Per client address, the same with {@code address-free-failures} (50):
 * a guesser cycling through many names is slowed as well. And at most {@code max-concurrent-hashes} password hashes
 * run at a time (0: one fewer than the cores, at least one), with at most {@code max-queued-hashes} waiting up to
 * {@code max-hash-wait}; past that, 503 with {@code Retry-After}.
 */
@ConfigurationProperties("flock.login")
public record LoginProperties(@DefaultValue("5") int freeFailures,
                              @DefaultValue("1s") Duration firstLockout,
                              @DefaultValue("15m") Duration maxLockout,
                              @DefaultValue("50") int addressFreeFailures,
                              @DefaultValue("0") int maxConcurrentHashes,
                              @DefaultValue("16") int maxQueuedHashes,
                              @DefaultValue("2s") Duration maxHashWait) {

    /** How many hashes may run at once on this machine. */
    public int concurrentHashes() {
        return maxConcurrentHashes > 0 ? maxConcurrentHashes
                : Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }
}
