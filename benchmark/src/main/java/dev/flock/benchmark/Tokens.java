package dev.flock.benchmark;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;

/**
 * Bearer tokens for the generated users, ES256-signed with a key pair the harness makes and gives the services
 * (the command side the private key, both the public one): the users were appended to the event store directly
 * and have no passwords to log in with. Their credential version ({@code cv}) is 0: they never changed a password.
 */
final class Tokens {

    private final KeyPair keys;

    Tokens() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code FLOCK_JWT_SIGNING_KEY}: the private key, PKCS#8 PEM. */
    String signingKey() {
        return pem("PRIVATE KEY", keys.getPrivate().getEncoded());
    }

    /** {@code FLOCK_JWT_PUBLIC_KEYS}: the public key, X.509 PEM. */
    String publicKey() {
        return pem("PUBLIC KEY", keys.getPublic().getEncoded());
    }

    String bearer(String userId, String username) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = base64.encodeToString("{\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8));
        String payload = base64.encodeToString(("{\"iss\":\"flock\",\"sub\":\"" + userId + "\",\"username\":\""
                + username + "\",\"cv\":0,\"iat\":" + now + ",\"exp\":" + (now + 3600) + "}")
                .getBytes(StandardCharsets.UTF_8));
        try {
            Signature ecdsa = Signature.getInstance("SHA256withECDSAinP1363Format");
            ecdsa.initSign(keys.getPrivate());
            ecdsa.update((header + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "Bearer " + header + "." + payload + "." + base64.encodeToString(ecdsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
