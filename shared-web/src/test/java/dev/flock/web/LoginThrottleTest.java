package dev.flock.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofSeconds(1), Duration.ofMinutes(15), clock);

    @Test
    void fiveFailuresAreFreeAndTheSixthLocksForASecond() {
        failTimes("mallory", 5);
        assertThat(throttle.lockedFor("mallory")).isEmpty();
        failTimes("mallory", 1);
        assertThat(throttle.lockedFor("mallory")).contains(Duration.ofSeconds(1));
        assertThat(throttle.tryBegin("mallory")).contains(Duration.ofSeconds(1));
    }

    @Test
    void eachFurtherFailureDoublesTheLockUpToTheCap() {
        failTimes("mallory", 6);
        clock.advance(Duration.ofSeconds(1));
        failTimes("mallory", 1);
        assertThat(throttle.lockedFor("mallory")).contains(Duration.ofSeconds(2));
        for (int i = 0; i < 20; i++) {
            clock.advance(throttle.lockedFor("mallory").orElseThrow());
            failTimes("mallory", 1);
        }
        assertThat(throttle.lockedFor("mallory")).contains(Duration.ofMinutes(15));
    }

    @Test
    void theLockEndsOnItsOwn() {
        failTimes("mallory", 6);
        clock.advance(Duration.ofMillis(999));
        assertThat(throttle.tryBegin("mallory")).isPresent();
        clock.advance(Duration.ofMillis(1));
        assertThat(throttle.tryBegin("mallory")).isEmpty();
    }

    @Test
    void aSuccessStartsAfresh() {
        failTimes("alice", 5);
        assertThat(throttle.tryBegin("alice")).isEmpty();
        throttle.succeeded("alice");
        failTimes("alice", 5);
        assertThat(throttle.lockedFor("alice")).isEmpty();
    }

    @Test
    void aQuietSpellStartsAfresh() {
        failTimes("alice", 5);
        clock.advance(Duration.ofMinutes(16));
        failTimes("alice", 5);
        assertThat(throttle.lockedFor("alice")).isEmpty();
    }

    @Test
    void concurrentAttemptsAreReservedSoABurstChecksOnlyTheFreeOnes() {
        int allowed = 0;
        for (int i = 0; i < 12; i++) {
            if (throttle.tryBegin("burst").isEmpty()) {
                allowed++;
            }
        }
        assertThat(allowed).isEqualTo(5);
    }

    @Test
    void pastTheFreeFailuresOnlyOneAttemptAtATimeIsChecked() {
        failTimes("slow", 6);
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.tryBegin("slow")).isEmpty();
        assertThat(throttle.tryBegin("slow")).isPresent();
    }

    @Test
    void anAbandonedAttemptCountsForNothing() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.tryBegin("busy")).isEmpty();
            throttle.abandoned("busy");
        }
        failTimes("busy", 5);
        assertThat(throttle.lockedFor("busy")).isEmpty();
    }

    @Test
    void theMapStaysWithinItsCapEvenWhenEveryKeyIsLocked() {
        LoginThrottle small = new LoginThrottle(5, Duration.ofSeconds(1), Duration.ofMinutes(15), clock, 1_000);
        for (int i = 0; i < 3_000; i++) {
            clock.advance(Duration.ofMillis(1));
            String key = "flood_" + i;
            for (int failure = 0; failure < 6; failure++) {
                small.tryBegin(key);
                small.failed(key);
            }
            assertThat(small.trackedKeys()).isLessThanOrEqualTo(1_000);
        }
        assertThat(small.lockedFor("flood_2999")).as("the newest key is still tracked").isPresent();
    }

    @Test
    void namesAreComparedIgnoringCase() {
        failTimes("Mallory", 6);
        assertThat(throttle.lockedFor("MALLORY")).isPresent();
    }

    private void failTimes(String key, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.tryBegin(key)).isEmpty();
            throttle.failed(key);
        }
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
