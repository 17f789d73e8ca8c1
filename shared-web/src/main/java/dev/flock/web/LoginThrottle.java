package dev.flock.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing against one key (a username, or a client address): after {@code freeFailures}
 * failed logins in a row the key is locked for {@code firstLockout}, and every further failure doubles the lock up
 * to {@code maxLockout}; a successful login, or a quiet spell as long as the longest lock, starts afresh.
 *
 * <p>An attempt is <em>reserved</em> before its password is checked ({@link #tryBegin}), atomically, and reported
 * afterwards: while the free failures are not used up, as many attempts may run at once as are left; after that,
 * one at a time and only when no lock holds. So a burst of concurrent guesses checks at most the free ones, instead
 * of checking them all and locking afterwards.
 *
 * <p>Counts live in this instance's memory: with N instances a guesser gets up to N times the tries, and a restart
 * forgives. The map is bounded ({@link #MAX_TRACKED} keys by default): past it, quiet keys are dropped, then the tenth
 * whose last failure is oldest.
 */
public class LoginThrottle {

    static final int MAX_TRACKED = 100_000;
    private static final int MAX_KEY_LENGTH = 64;

    private final int capacity;
    private final int freeFailures;
    private final Duration firstLockout;
    private final Duration maxLockout;
    private final Clock clock;
    private final Map<String, Tries> tries = new ConcurrentHashMap<>();

    public LoginThrottle(int freeFailures, Duration firstLockout, Duration maxLockout, Clock clock) {
        this(freeFailures, firstLockout, maxLockout, clock, MAX_TRACKED);
    }

    LoginThrottle(int freeFailures, Duration firstLockout, Duration maxLockout, Clock clock, int capacity) {
        this.capacity = capacity;
        this.freeFailures = freeFailures;
        this.firstLockout = firstLockout;
        this.maxLockout = maxLockout;
        this.clock = clock;
    }

    /** Failed logins in a row for one key, attempts being checked now, and until when the key is locked. */
    private record Tries(int failures, int inFlight, Instant lastFailure, Instant lockedUntil) {

        Tries withInFlight(int change) {
            return new Tries(failures, inFlight + change, lastFailure, lockedUntil);
        }
    }

    /**
     * Reserves an attempt for {@code key}: empty if it may go ahead (report it with {@link #failed},
     * {@link #succeeded} or {@link #abandoned}), or how long to wait before trying again.
     */
    public Optional<Duration> tryBegin(String key) {
        Instant now = clock.instant();
        if (tries.size() >= capacity) {
            makeRoom(now);
        }
        Duration[] refusal = new Duration[1];
        tries.compute(key(key), (name, before) -> {
            Tries current = before == null || isQuiet(before, now) ? new Tries(0, 0, now, now) : before;
            if (current.lockedUntil().isAfter(now)) {
                refusal[0] = Duration.between(now, current.lockedUntil());
                return current;
            }
            boolean freeLeft = current.failures() + current.inFlight() < freeFailures;
            if (!freeLeft && current.inFlight() > 0) {
                refusal[0] = firstLockout;
                return current;
            }
            return current.withInFlight(1);
        });
        return Optional.ofNullable(refusal[0]);
    }

    /** The reserved attempt failed: one more failure in a row, and perhaps a lock. */
    public void failed(String key) {
        Instant now = clock.instant();
        tries.computeIfPresent(key(key), (name, before) -> {
            int failures = before.failures() + 1;
            return new Tries(failures, Math.max(0, before.inFlight() - 1), now, now.plus(lockout(failures)));
        });
    }

    /** The reserved attempt logged in: the key starts afresh. */
    public void succeeded(String key) {
        tries.computeIfPresent(key(key), (name, before) ->
                before.inFlight() > 1 ? new Tries(0, before.inFlight() - 1, before.lastFailure(), before.lastFailure())
                        : null);
    }

    /** The reserved attempt was not checked after all (the service was busy): it counts for nothing. */
    public void abandoned(String key) {
        tries.computeIfPresent(key(key), (name, before) ->
                before.failures() == 0 && before.inFlight() <= 1 ? null : before.withInFlight(-1));
    }

    /** How long {@code key} is still locked, if it is. */
    public Optional<Duration> lockedFor(String key) {
        Tries current = tries.get(key(key));
        Instant now = clock.instant();
        if (current == null || !current.lockedUntil().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, current.lockedUntil()));
    }

    /** How many keys have tries on record. */
    int trackedKeys() {
        return tries.size();
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

    private boolean isQuiet(Tries entry, Instant now) {
        return entry.inFlight() == 0 && entry.lastFailure().plus(maxLockout).isBefore(now)
                && !entry.lockedUntil().isAfter(now);
    }

    /**
     * Past the cap: forget quiet keys; if that is not enough (a flood of distinct keys), forget the tenth whose last
     * failure is oldest, locked or not, so the map never outgrows its cap and the keys active now stay.
     */
    private void makeRoom(Instant now) {
        tries.values().removeIf(entry -> isQuiet(entry, now));
        if (tries.size() >= capacity) {
            tries.entrySet().stream()
                    .filter(entry -> entry.getValue().inFlight() == 0)
                    .sorted(Comparator.comparing(entry -> entry.getValue().lastFailure()))
                    .limit(Math.max(1, capacity / 10))
                    .map(Map.Entry::getKey)
                    .toList()
                    .forEach(tries::remove);
        }
    }

    private static String key(String key) {
        String folded = key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
        return folded.toLowerCase(Locale.ROOT);
    }
}
