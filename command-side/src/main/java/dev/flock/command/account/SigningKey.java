package dev.flock.command.account;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import dev.flock.web.JwtProperties;
import dev.flock.web.TokenKeys.PemBlock;
import dev.flock.web.TokenKeys;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.List;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.spec.ECNamedCurveParameterSpec;

/**
 * The private key the command side signs bearer tokens with (ES256), from {@code FLOCK_JWT_SIGNING_KEY} (EC P-256,
 * PKCS#8 PEM), or generated at start where {@code flock.jwt.ephemeral-key} allows it (the local profile). Its
 * public half, with the RFC 7638 thumbprint as {@code kid}, is what verifiers need; the private key is never
 * logged or published.
 */
public final class SigningKey {

    private final ECKey jwk;

    private SigningKey(ECPublicKey publicKey, ECPrivateKey privateKey) {
        this.jwk = new ECKey.Builder(TokenKeys.jwk(publicKey)).privateKey(privateKey).build();
    }

    /** The key the settings name, or a new one if they allow it; a clear refusal otherwise. */
    public static SigningKey from(JwtProperties properties) {
        List<PemBlock> blocks = TokenKeys.pemBlocks(properties.signingKey());
        if (blocks.isEmpty()) {
            if (properties.ephemeralKey()) {
                return generate();
            }
            throw new IllegalStateException("FLOCK_JWT_SIGNING_KEY (flock.jwt.signing-key) is not set: bearer tokens "
                    + "cannot be signed. Set it to an EC P-256 private key in PKCS#8 PEM, e.g. the output of "
                    + "`openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256`.");
        }
        if (blocks.size() != 1 || !blocks.get(0).type().equals("PRIVATE KEY")) {
            throw new IllegalStateException("FLOCK_JWT_SIGNING_KEY (flock.jwt.signing-key) must be one EC P-256 "
                    + "private key in PKCS#8 PEM (-----BEGIN PRIVATE KEY-----).");
        }
        try {
            ECPrivateKey privateKey = (ECPrivateKey) KeyFactory.getInstance("EC")
                    .generatePrivate(new PKCS8EncodedKeySpec(blocks.get(0).der()));
            if (!Curve.P_256.equals(Curve.forECParameterSpec(privateKey.getParams()))) {
                throw new IllegalStateException("not on P-256");
            }
            return new SigningKey(publicKeyOf(privateKey), privateKey);
        } catch (GeneralSecurityException | ClassCastException | IllegalStateException e) {
            throw new IllegalStateException("FLOCK_JWT_SIGNING_KEY (flock.jwt.signing-key) is not an EC P-256 "
                    + "private key in PKCS#8 PEM.", e);
        }
    }

    /** A new random key pair. */
    public static SigningKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            return new SigningKey((ECPublicKey) pair.getPublic(), (ECPrivateKey) pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot make EC P-256 keys.", e);
        }
    }

    /** The private and public key, for signing. */
    public ECKey jwk() {
        return jwk;
    }

    /** The public half only, for verifying and for publishing. */
    public ECKey publicJwk() {
        return jwk.toPublicJWK();
    }

    public String keyId() {
        return jwk.getKeyID();
    }

    /** Q = d·G on P-256: PKCS#8 may carry the public point, but the JDK does not expose it. */
    private static ECPublicKey publicKeyOf(ECPrivateKey privateKey) throws GeneralSecurityException {
        ECNamedCurveParameterSpec curve = ECNamedCurveTable.getParameterSpec("secp256r1");
        org.bouncycastle.math.ec.ECPoint q = curve.getG().multiply(privateKey.getS()).normalize();
        ECPoint point = new ECPoint(new BigInteger(1, q.getAffineXCoord().getEncoded()),
                new BigInteger(1, q.getAffineYCoord().getEncoded()));
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point,
                privateKey.getParams()));
    }

    @Override
    public String toString() {
        return "SigningKey[kid=" + keyId() + "]";
    }
}
