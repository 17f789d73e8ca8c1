package dev.flock.command.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Slows down password guessing against one username: after {@code flock.login.free-failures} failed logins in a
 * row (5), the username is locked for {@code flock.login.first-lockout} (1 s), and every further failure doubles
 * the lock up to {@code flock.login.max-lockout} (15 min); a successful login, or a quiet spell as long as the
 * longest lock, starts afresh. That leaves a guesser about 100 tries a day per username while a user who mistypes
 * a few times waits a second or two.
 *
 * <p>Usernames that do not exist are counted exactly like those that do, so the answers (401, then 429) tell an
 * attacker nothing about which names are registered. Counts live in this instance's memory: with N command-side
 * instances behind a balancer a guesser gets up to N times the tries, and a restart forgives; a shared store is
 * the next step if that matters. The map is bounded: above {@link #MAX_TRACKED} names, the quiet ones are dropped.
 * Part of {@link SecurityConfig}, which imports it.
 */
class LoginThrottle {

    static final int MAX_TRACKED = 100_000;
    private static final int MAX_KEY_LENGTH = 64;

    private final int freeFailures;
    private final Duration firstLockout;
    private final Duration maxLockout;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    @Autowired
    LoginThrottle(@Value("${flock.login.free-failures:5}") int freeFailures,
                  @Value("${flock.login.first-lockout:1s}") Duration firstLockout,
                  @Value("${flock.login.max-lockout:15m}") Duration maxLockout) {
        this(freeFailures, firstLockout, maxLockout, Clock.systemUTC());
    }

    LoginThrottle(int freeFailures, Duration firstLockout, Duration maxLockout, Clock clock) {
        this.freeFailures = freeFailures;
        this.firstLockout = firstLockout;
        this.maxLockout = maxLockout;
        this.clock = clock;
    }

    /** Failed logins in a row for one username, and until when it is locked. */
    private record Failures(int count, Instant lastFailure, Instant lockedUntil) {
    }

    /** How long the username is still locked, if it is. */
    Optional<Duration> lockedFor(String username) {
        Failures current = failures.get(key(username));
        Instant now = clock.instant();
        if (current == null || !current.lockedUntil().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, current.lockedUntil()));
    }

    void failed(String username) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED) {
            forgetQuiet(now);
        }
        failures.compute(key(username), (name, before) -> {
            int count = before == null || isQuiet(before, now) ? 1 : before.count() + 1;
            return new Failures(count, now, now.plus(lockout(count)));
        });
    }

    void succeeded(String username) {
        failures.remove(key(username));
    }

    /** How many usernames have failures on record. */
    int trackedNames() {
        return failures.size();
    }

    /** The lock after the {@code count}-th failure in a row: none for the free ones, then doubling to the cap. */
    private Duration lockout(int count) {
        int beyond = count - freeFailures;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        Duration lock = firstLockout.multipliedBy(1L << Math.min(beyond - 1, 30));
        return lock.compareTo(maxLockout) > 0 ? maxLockout : lock;
    }

    private boolean isQuiet(Failures failures, Instant now) {
        return failures.lastFailure().plus(maxLockout).isBefore(now) && !failures.lockedUntil().isAfter(now);
    }

    private void forgetQuiet(Instant now) {
        failures.values().removeIf(entry -> isQuiet(entry, now));
        if (failures.size() >= MAX_TRACKED) {
            // Still full of recent failures: a flood of distinct names. Forget unlocked ones before locked ones.
            failures.values().removeIf(entry -> !entry.lockedUntil().isAfter(now));
        }
    }

    private static String key(String username) {
        String key = username.toLowerCase(Locale.ROOT);
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }
}
