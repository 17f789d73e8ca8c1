package dev.flock.command.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Emails as the command side keeps them for uniqueness: HMAC-SHA256 of the lower-cased address under a key of
 * this deployment ({@code command.email_hash_key}, made once by migration V5), hex. An email stays taken after
 * its account is deleted, but the address itself is kept nowhere but in the user's encrypted
 * {@code UserRegistered}, whose key the deletion destroys.
 *
 * <p>Keyed rather than plain SHA-256: no table of precomputed hashes of common addresses finds anyone. The key sits
 * in the database, so someone with the whole database can still test guessed addresses one by one; it keeps the
 * addresses out of every dump and every search, which is what the erasure promises.
 */
@Component
public class EmailHashes {

    private static final String ALGORITHM = "HmacSHA256";

    private final JdbcClient jdbc;
    private volatile SecretKeySpec key;

    EmailHashes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The keyed hash of the email, ignoring case. */
    public String hash(String email) {
        return hash(key(), email);
    }

    /** The keyed hash of the email under {@code key}, ignoring case. */
    public static String hash(SecretKeySpec key, String email) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(email.toLowerCase(Locale.ROOT)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot compute " + ALGORITHM, e);
        }
    }

    /** A key of the given bytes, for {@link #hash(SecretKeySpec, String)}. */
    public static SecretKeySpec key(byte[] bytes) {
        return new SecretKeySpec(bytes, ALGORITHM);
    }

    private SecretKeySpec key() {
        SecretKeySpec loaded = key;
        if (loaded == null) {
            loaded = key(jdbc.sql("select hmac_key from email_hash_key").query(byte[].class).single());
            key = loaded;
        }
        return loaded;
    }
}
