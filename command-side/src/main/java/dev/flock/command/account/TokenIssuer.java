package dev.flock.command.account;

import dev.flock.web.JwtProperties;
import dev.flock.web.RevokedTokenException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Issues the bearer tokens of {@code POST /api/tokens}: ES256 JWTs signed with the {@link SigningKey} (its
 * thumbprint as {@code kid}), whose subject is the user id, with an expiry, the username for display and the
 * user's credential version ({@code cv}).
 */
@Component
public class TokenIssuer {

    /** The claim with the user's name, as registered. */
    public static final String USERNAME_CLAIM = "username";

    private final JwtEncoder encoder;
    private final JwtProperties properties;
    private final SigningKey key;
    private final Clock clock;

    TokenIssuer(JwtEncoder encoder, JwtProperties properties, SigningKey key) {
        this.encoder = encoder;
        this.properties = properties;
        this.key = key;
        this.clock = Clock.systemUTC();
    }

    /** A signed token for the user that HTTP Basic authenticated. */
    public IssuedToken issue(Authentication authentication) {
        AccountUser user = (AccountUser) authentication.getPrincipal();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.ttl());
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(user.userId())
                .claim(USERNAME_CLAIM, user.getUsername())
                .claim(RevokedTokenException.CREDENTIAL_VERSION_CLAIM, user.credentialVersion())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.ES256).keyId(key.keyId()).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new IssuedToken(token, expiresAt);
    }

    /** A token and when it stops being accepted. */
    public record IssuedToken(String token, Instant expiresAt) {
    }
}
