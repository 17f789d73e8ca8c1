package dev.flock.query.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.flock.testsupport.TestKeys;
import dev.flock.web.RevokedTokenException;
import dev.flock.web.TokenKeys;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Bearer tokens as the command side issues them (ES256 with this JVM's test key, {@code kid} its thumbprint, issuer
 * {@code flock}, the user's id as subject, their credential version as {@code cv}, valid for an hour), for the
 * query side's tests, which run no command side.
 */
public final class TestTokens {

    private TestTokens() {
    }

    public static String bearer(String userId, String username, int credentialVersion) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer("flock")
                .subject(userId)
                .claim("username", username)
                .claim(RevokedTokenException.CREDENTIAL_VERSION_CLAIM, credentialVersion)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256)
                    .keyID(TokenKeys.jwk((ECPublicKey) TestKeys.pair().getPublic()).getKeyID()).build(), claims);
            jwt.sign(new ECDSASigner((ECPrivateKey) TestKeys.pair().getPrivate()));
            return "Bearer " + jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a test token", e);
        }
    }
}
