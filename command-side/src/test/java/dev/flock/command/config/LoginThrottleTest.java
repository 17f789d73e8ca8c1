package dev.flock.command.config;

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
        throttle.failed("mallory");
        assertThat(throttle.lockedFor("mallory")).contains(Duration.ofSeconds(1));
    }

    @Test
    void eachFurtherFailureDoublesTheLockUpToTheCap() {
        failTimes("mallory", 6);
        clock.advance(Duration.ofSeconds(1));
        throttle.failed("mallory");
        assertThat(throttle.lockedFor("mallory")).contains(Duration.ofSeconds(2));
        for (int i = 0; i < 20; i++) {
            clock.advance(throttle.lockedFor("mallory").orElseThrow());
            throttle.failed("mallory");
        }
        assertThat(throttle.lockedFor("mallory")).contains(Duration.ofMinutes(15));
    }

    @Test
    void theLockEndsOnItsOwn() {
        failTimes("mallory", 6);
        clock.advance(Duration.ofMillis(999));
        assertThat(throttle.lockedFor("mallory")).isPresent();
        clock.advance(Duration.ofMillis(1));
        assertThat(throttle.lockedFor("mallory")).isEmpty();
    }

    @Test
    void aSuccessStartsAfresh() {
        failTimes("alice", 5);
        throttle.succeeded("alice");
        throttle.failed("alice");
        assertThat(throttle.lockedFor("alice")).isEmpty();
    }

    @Test
    void aQuietSpellStartsAfresh() {
        failTimes("alice", 5);
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("alice");
        assertThat(throttle.lockedFor("alice")).isEmpty();
    }

    @Test
    void usernamesAreCountedIgnoringCaseAndEachOnItsOwn() {
        failTimes("Mallory", 3);
        failTimes("MALLORY", 3);
        assertThat(throttle.lockedFor("mallory")).isPresent();
        assertThat(throttle.lockedFor("alice")).isEmpty();
    }

    @Test
    void aFloodOfNamesDoesNotGrowWithoutBound() {
        for (int i = 0; i < LoginThrottle.MAX_TRACKED + 10; i++) {
            throttle.failed("name" + i);
        }
        assertThat(throttle.trackedNames()).isLessThanOrEqualTo(LoginThrottle.MAX_TRACKED);
        failTimes("mallory", 6);
        assertThat(throttle.lockedFor("mallory")).as("a locked name survives the flood").isPresent();
    }

    private void failTimes(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username);
        }
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-11-22T10:00:00Z");

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
