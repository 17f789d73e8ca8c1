package dev.flock.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class JwtPropertiesTest {

    @Test
    void aMissingSecretRefusesToStartAndNamesTheSetting() {
        assertThatThrownBy(() -> new JwtProperties(null, Duration.ofHours(1), "flock"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FLOCK_JWT_SECRET");
    }

    @Test
    void aSecretShorterThan32BytesIsRefused() {
        assertThatThrownBy(() -> new JwtProperties("x".repeat(31), Duration.ofHours(1), "flock"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
    }

    @Test
    void theSecretNeverAppearsInToString() {
        String secret = "s".repeat(40);
        assertThat(new JwtProperties(secret, Duration.ofHours(1), "flock").toString()).doesNotContain(secret);
    }
}
