package db.migration.command;

import dev.flock.command.account.EmailHashes;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes this deployment's email hash key and replaces every stored email (lower-cased, v1) by its keyed hash
 * ({@link EmailHashes}): from here on no email is kept in the clear. Java, since the key is random and the hash is
 * HMAC-SHA256, which PostgreSQL has only with the pgcrypto extension.
 */
public class V5__email_hashes extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V5__email_hashes.class);

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        byte[] keyBytes = new byte[32];
        new SecureRandom().nextBytes(keyBytes);
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    create table email_hash_key (
                        only_row boolean primary key default true check (only_row),
                        hmac_key bytea not null)""");
            ddl.execute("alter table user_lookup rename column email_key to email_hash");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into email_hash_key (hmac_key) values (?)")) {
            insert.setBytes(1, keyBytes);
            insert.executeUpdate();
        }
        SecretKeySpec key = EmailHashes.key(keyBytes);
        Map<String, String> emails = new LinkedHashMap<>();
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("select user_id, email_hash from user_lookup")) {
            while (rows.next()) {
                emails.put(rows.getString(1), rows.getString(2));
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update user_lookup set email_hash = ? where user_id = ?")) {
            int batched = 0;
            for (Map.Entry<String, String> email : emails.entrySet()) {
                update.setString(1, EmailHashes.hash(key, email.getValue()));
                update.setString(2, email.getKey());
                update.addBatch();
                if (++batched % 1_000 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
        log.info("Replaced the stored emails of {} users by their keyed hashes", emails.size());
    }
}
