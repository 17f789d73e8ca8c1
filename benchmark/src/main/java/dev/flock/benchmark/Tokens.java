package dev.flock.benchmark;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Bearer tokens for the generated users, signed with the secret the harness gave the services: the users were
 * appended to the event store directly and have no passwords to log in with.
 */
final class Tokens {

    private final byte[] secret;

    Tokens(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    String bearer(String userId, String username) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = base64.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));
        String payload = base64.encodeToString(("{\"iss\":\"flock\",\"sub\":\"" + userId + "\",\"username\":\""
                + username + "\",\"iat\":" + now + ",\"exp\":" + (now + 3600) + "}").getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            String signature = base64.encodeToString(
                    mac.doFinal((header + "." + payload).getBytes(StandardCharsets.UTF_8)));
            return "Bearer " + header + "." + payload + "." + signature;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
