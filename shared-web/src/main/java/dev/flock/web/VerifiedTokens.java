package dev.flock.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A {@link JwtDecoder} that remembers the tokens it verified until they expire. A client sends the same token with
 * every request for its hour; parsing it, checking its HMAC and validating its claims again each time was about a
 * tenth of a timeline read's CPU (JFR, docs/benchmarks/2026-11-22-c.md). A token is answered from memory only if
 * the delegate accepted exactly that string before and it has not expired, so nothing is accepted that the
 * delegate would refuse (tokens cannot be revoked before they expire in any case). Refused tokens are never
 * remembered. At most {@code capacity} tokens are held; when full, the memory starts over.
 */
final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder delegate;
    private final Clock clock;
    private final int capacity;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    VerifiedTokens(JwtDecoder delegate, Clock clock, int capacity) {
        this.delegate = delegate;
        this.clock = clock;
        this.capacity = capacity;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.get(token);
        if (known != null && clock.instant().isBefore(known.getExpiresAt())) {
            return known;
        }
        Jwt jwt = delegate.decode(token);
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt != null && clock.instant().isBefore(expiresAt)) {
            if (verified.size() >= capacity) {
                verified.clear();
            }
            verified.put(token, jwt);
        } else {
            verified.remove(token);
        }
        return jwt;
    }

    int size() {
        return verified.size();
    }
}
