package dev.flock.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final List<String> decoded = new ArrayList<>();
    /** Accepts tokens "good-<seconds to live>", refuses anything else. */
    private final JwtDecoder delegate = token -> {
        decoded.add(token);
        if (!token.startsWith("good-")) {
            throw new BadJwtException("refused");
        }
        return Jwt.withTokenValue(token).header("alg", "HS256").subject("ann").issuedAt(NOW.minusSeconds(1))
                .expiresAt(NOW.plusSeconds(Long.parseLong(token.substring(5)))).build();
    };
    private Instant now = NOW;
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aTokenVerifiedOnceIsAnsweredFromMemoryUntilItExpires() {
        VerifiedTokens tokens = new VerifiedTokens(delegate, clock, 10);

        assertThat(tokens.decode("good-60").getSubject()).isEqualTo("ann");
        assertThat(tokens.decode("good-60").getSubject()).isEqualTo("ann");
        now = NOW.plus(Duration.ofSeconds(59));
        tokens.decode("good-60");
        assertThat(decoded).as("verified once").containsExactly("good-60");

        now = NOW.plus(Duration.ofSeconds(60));
        tokens.decode("good-60");
        assertThat(decoded).as("at its expiry it goes to the delegate again").hasSize(2);
        assertThat(tokens.size()).as("and, expired, is not remembered").isZero();
    }

    @Test
    void aRefusedTokenIsRefusedEveryTimeAndNeverRemembered() {
        VerifiedTokens tokens = new VerifiedTokens(delegate, clock, 10);

        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(decoded).containsExactly("forged", "forged");
        assertThat(tokens.size()).isZero();
    }

    @Test
    void itHoldsAtMostItsCapacity() {
        VerifiedTokens tokens = new VerifiedTokens(delegate, clock, 3);

        for (int i = 0; i < 10; i++) {
            tokens.decode("good-" + (100 + i));
            assertThat(tokens.size()).isLessThanOrEqualTo(3);
        }
    }
}
