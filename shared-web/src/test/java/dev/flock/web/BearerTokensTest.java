package dev.flock.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** What a bearer token must be to pass {@link BearerTokenSecurity}'s decoder: ES256 from a trusted key, with exp. */
class BearerTokensTest {

    private static final KeyPair TRUSTED = ecKeyPair("secp256r1");
    private static final KeyPair STRANGER = ecKeyPair("secp256r1");

    private final JwtDecoder decoder = decoder(pem(TRUSTED.getPublic().getEncoded()));

    @Test
    void aTokenSignedWithTheTrustedKeyIsAccepted() throws Exception {
        assertThat(decoder.decode(es256(TRUSTED, claims(Instant.now().plusSeconds(60)))).getSubject())
                .isEqualTo("user-1");
    }

    @Test
    void aTokenFromAnotherKeyIsRefused() throws Exception {
        String token = es256(STRANGER, claims(Instant.now().plusSeconds(60)));
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class);
    }

    @Test
    void aTokenWithoutAnExpiryIsRefused() throws Exception {
        String token = es256(TRUSTED, new JWTClaimsSet.Builder().issuer("flock").subject("user-1").build());
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class);
    }

    @Test
    void anHmacTokenKeyedWithThePublicKeyIsRefused() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(Instant.now().plusSeconds(60)));
        jwt.sign(new MACSigner(pem(TRUSTED.getPublic().getEncoded()).repeat(2).getBytes()));
        assertThatThrownBy(() -> decoder.decode(jwt.serialize())).isInstanceOf(JwtException.class);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String token = new PlainJWT(new PlainHeader(), claims(Instant.now().plusSeconds(60))).serialize();
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class);
    }

    @Test
    void twoConfiguredKeysAreBothTrustedDuringARotation() throws Exception {
        JwtDecoder rotating = decoder(pem(TRUSTED.getPublic().getEncoded()) + "\n" + pem(STRANGER.getPublic().getEncoded()));
        assertThat(rotating.decode(es256(STRANGER, claims(Instant.now().plusSeconds(60)))).getSubject())
                .isEqualTo("user-1");
        assertThat(rotating.decode(es256(TRUSTED, claims(Instant.now().plusSeconds(60)))).getSubject())
                .isEqualTo("user-1");
    }

    @Test
    void keyIdsAreThumbprintsSoBothSidesNameAKeyAlike() {
        String kid = TokenKeys.publicKeys(pem(TRUSTED.getPublic().getEncoded()), "test").get(0).getKeyID();
        assertThat(kid).isEqualTo(TokenKeys.jwk((ECPublicKey) TRUSTED.getPublic()).getKeyID()).hasSize(43);
    }

    @Test
    void withoutAnyKeyTheServiceRefusesToStartAndNamesTheSettings() {
        assertThatThrownBy(() -> decoder(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FLOCK_JWT_PUBLIC_KEYS").hasMessageContaining("FLOCK_JWT_JWK_SET_URI");
    }

    @Test
    void aPrivateKeyOrAKeyOfAnotherCurveIsNotTakenAsAPublicKey() {
        assertThatThrownBy(() -> decoder(pem("PRIVATE KEY", TRUSTED.getPrivate().getEncoded())))
                .hasMessageContaining("public keys only");
        assertThatThrownBy(() -> decoder(pem(ecKeyPair("secp384r1").getPublic().getEncoded())))
                .hasMessageContaining("not an EC P-256 key");
    }

    @Test
    void theSigningKeyNeverAppearsInToString() {
        String key = pem("PRIVATE KEY", TRUSTED.getPrivate().getEncoded());
        assertThat(new JwtProperties(key, null, null, false, Duration.ofHours(1), "flock").toString())
                .doesNotContain(key.substring(30, 60));
    }

    private static JwtDecoder decoder(String publicKeys) {
        JwtProperties properties = new JwtProperties(null, publicKeys, null, false, Duration.ofHours(1), "flock");
        return new BearerTokenSecurity().jwtDecoder(properties,
                new StaticListableBeanFactory().getBeanProvider(TokenKeys.class));
    }

    private static JWTClaimsSet claims(Instant expiresAt) {
        return new JWTClaimsSet.Builder().issuer("flock").subject("user-1").expirationTime(Date.from(expiresAt))
                .build();
    }

    private static String es256(KeyPair keys, JWTClaimsSet claims) throws JOSEException {
        JWSSigner signer = new ECDSASigner((ECPrivateKey) keys.getPrivate());
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(TokenKeys.jwk((ECPublicKey) keys.getPublic()).getKeyID()).build(), claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    private static String pem(byte[] der) {
        return pem("PUBLIC KEY", der);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type
                + "-----\n";
    }

    private static KeyPair ecKeyPair(String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(curve));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

}
