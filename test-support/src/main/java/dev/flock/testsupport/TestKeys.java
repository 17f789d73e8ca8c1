package dev.flock.testsupport;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * The bearer-token key pair of a test JVM: an EC P-256 key made when the JVM first asks, never written anywhere.
 * The command side signs with {@link #signingKey()} ({@code flock.jwt.signing-key}); the query side verifies with
 * {@link #publicKey()} ({@code flock.jwt.public-keys}).
 */
public final class TestKeys {

    private static final KeyPair PAIR = generate();

    private TestKeys() {
    }

    public static KeyPair pair() {
        return PAIR;
    }

    /** The private key, PKCS#8 PEM. */
    public static String signingKey() {
        return pem("PRIVATE KEY", PAIR.getPrivate().getEncoded());
    }

    /** The public key, X.509 PEM. */
    public static String publicKey() {
        return pem("PUBLIC KEY", PAIR.getPublic().getEncoded());
    }

    /** A new EC P-256 key pair, for tokens from a key nobody trusts. */
    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
