package dev.flock.web.events;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;

/**
 * Personal fields of events, encrypted under a key per data subject (a user, a post), kept in
 * {@code eventstore.personal_data_key}: AES-256-GCM, a random 96-bit nonce per value, the subject and the field
 * as associated data (a value cannot be moved to another subject or field). A stored value is
 * {@code flock:aes256gcm:<base64 of nonce and ciphertext>}; anything else is plaintext from before encryption.
 *
 * <p>Keys are written and destroyed in the caller's transaction: a subject's key is made with the event that
 * first names it, and {@link #forget} runs with the event that records the deletion, so the key is gone exactly
 * when the deletion is committed.
 */
public class PersonalData implements PersonalDataKeys {

    /** The prefix of an encrypted value. */
    public static final String PREFIX = "flock:aes256gcm:";

    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbcClient jdbc;
    private final boolean makesKeys;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param makesKeys whether this service makes keys (the command side, which appends the events); the query
     *                  side only reads them
     */
    public PersonalData(JdbcClient jdbc, boolean makesKeys) {
        this.jdbc = jdbc;
        this.makesKeys = makesKeys;
    }

    /**
     * The value encrypted under the subject's key, which is made if the subject has none yet and this service
     * makes keys; empty when the subject's key is gone and this service does not make keys.
     */
    public Optional<String> encrypt(String subject, String field, String value) {
        // a subject is new when its first event is stored: the command side tries to make its key first
        Optional<byte[]> key = makesKeys ? Optional.of(keyMadeIfNew(subject)) : key(subject);
        return key.map(k -> PREFIX + Base64.getEncoder().encodeToString(seal(k, subject, field, value)));
    }

    /**
     * The plaintext of a stored value: a plaintext value as it is; an encrypted one decrypted, or empty when its
     * subject's key is gone (the subject was deleted).
     */
    public Optional<String> decrypt(String subject, String field, String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return Optional.ofNullable(stored);
        }
        byte[] sealed = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        return key(subject).map(key -> open(key, subject, field, sealed));
    }

    @Override
    public void forget(String subject) {
        jdbc.sql("delete from eventstore.personal_data_key where subject_id = :subject")
                .param("subject", subject)
                .update();
    }

    @Override
    public void forgetAll(Collection<String> subjects) {
        jdbc.sql("delete from eventstore.personal_data_key where subject_id = any (:subjects)")
                .param("subjects", new SqlArrayValue("varchar", subjects.toArray()))
                .update();
    }

    private Optional<byte[]> key(String subject) {
        return jdbc.sql("select aes_key from eventstore.personal_data_key where subject_id = :subject")
                .param("subject", subject)
                .query(byte[].class).optional();
    }

    /**
     * A new key, or the one the subject has: one statement for a new subject. Of two transactions making one at
     * once, the second waits for the first and takes its key.
     */
    private byte[] keyMadeIfNew(String subject) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        int inserted = jdbc.sql("""
                        insert into eventstore.personal_data_key (subject_id, aes_key) values (:subject, :key)
                        on conflict do nothing""")
                .param("subject", subject)
                .param("key", key)
                .update();
        return inserted == 1 ? key : key(subject).orElseThrow();
    }

    private byte[] seal(byte[] key, String subject, String field, String value) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] ciphertext = cipher(Cipher.ENCRYPT_MODE, key, nonce, subject, field,
                value.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.allocate(NONCE_BYTES + ciphertext.length).put(nonce).put(ciphertext).array();
    }

    private static String open(byte[] key, String subject, String field, byte[] sealed) {
        byte[] nonce = java.util.Arrays.copyOfRange(sealed, 0, NONCE_BYTES);
        byte[] ciphertext = java.util.Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length);
        return new String(cipher(Cipher.DECRYPT_MODE, key, nonce, subject, field, ciphertext),
                StandardCharsets.UTF_8);
    }

    private static byte[] cipher(int mode, byte[] key, byte[] nonce, String subject, String field, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD((subject + "/" + field).getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed for " + subject + "/" + field, e);
        }
    }
}
