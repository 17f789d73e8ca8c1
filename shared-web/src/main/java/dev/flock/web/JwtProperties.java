package dev.flock.web;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flock.jwt.*}: the keys of Flock's bearer tokens, ES256 (ECDSA on P-256) JWTs.
 *
 * <ul>
 * <li>{@code signing-key} ({@code FLOCK_JWT_SIGNING_KEY}, command side only): the private key tokens are signed
 *     with, an EC P-256 key in PKCS#8 PEM ({@code openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256}).
 *     The query side never holds it, so it cannot mint a token.</li>
 * <li>{@code public-keys} ({@code FLOCK_JWT_PUBLIC_KEYS}): public keys in PEM ({@code openssl pkey -pubout}), one
 *     or more, that tokens are accepted from: on the query side the command side's; on either side during a key
 *     rotation also the previous key. Each key's id ({@code kid}) is its RFC 7638 thumbprint, so nothing else needs
 *     configuring.</li>
 * <li>{@code jwk-set-uri} ({@code FLOCK_JWT_JWK_SET_URI}): instead of {@code public-keys}, where to fetch them: the
 *     command side publishes them at {@code /.well-known/jwks.json}.</li>
 * <li>{@code ephemeral-key}: a signing key generated at start and lost at stop; only the {@code local} profile
 *     sets it.</li>
 * <li>{@code ttl}: how long a token lives (1 h); {@code issuer}: its {@code iss} ({@code flock}).</li>
 * </ul>
 */
@ConfigurationProperties("flock.jwt")
public record JwtProperties(String signingKey,
                            String publicKeys,
                            URI jwkSetUri,
                            @DefaultValue("false") boolean ephemeralKey,
                            @DefaultValue("1h") Duration ttl,
                            @DefaultValue("flock") String issuer) {

    @Override
    public String toString() {
        return "JwtProperties[signingKey=" + (signingKey == null ? "none" : "<hidden>") + ", publicKeys="
                + (publicKeys == null ? "none" : "set") + ", jwkSetUri=" + jwkSetUri + ", ephemeralKey=" + ephemeralKey
                + ", ttl=" + ttl + ", issuer=" + issuer + "]";
    }
}
