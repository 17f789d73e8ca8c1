package dev.flock.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flock.jwt.*}: the HMAC-SHA256 key that signs bearer tokens ({@code FLOCK_JWT_SECRET}, at least 32 bytes,
 * the same on both services) and how long a token lives.
 */
@ConfigurationProperties("flock.jwt")
public record JwtProperties(String secret, @DefaultValue("1h") Duration ttl, @DefaultValue("flock") String issuer) {

    public static final int MIN_SECRET_BYTES = 32;

    public JwtProperties {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("FLOCK_JWT_SECRET (flock.jwt.secret) is not set: bearer tokens cannot be "
                    + "signed. Set it to a random value of at least " + MIN_SECRET_BYTES + " bytes, the same on both "
                    + "services.");
        }
        if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("FLOCK_JWT_SECRET (flock.jwt.secret) is shorter than " + MIN_SECRET_BYTES
                    + " bytes; HMAC-SHA256 needs at least that much key.");
        }
    }

    public byte[] secretBytes() {
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "JwtProperties[secret=<hidden>, ttl=" + ttl + ", issuer=" + issuer + "]";
    }
}
