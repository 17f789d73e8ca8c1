package dev.flock.command.user;

import dev.flock.command.account.EmailHashes;
import dev.flock.web.Usernames;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@link UserDirectory} on the {@code user_lookup} and {@code user_credentials} tables. It runs inside the
 * command's transaction (Axon's unit of work joins the Spring transaction), so its rows commit or roll back
 * together with the event.
 */
@Repository
class JdbcUserDirectory implements UserDirectory {

    private final JdbcClient jdbc;
    private final EmailHashes emails;

    JdbcUserDirectory(JdbcClient jdbc, EmailHashes emails) {
        this.jdbc = jdbc;
        this.emails = emails;
    }

    @Override
    public Reservation reserve(String userId, String username, String email, String passwordHash) {
        String usernameKey = key(username);
        // ON CONFLICT DO NOTHING waits for a concurrent insert of the same key to commit, then inserts nothing:
        // of two registrations of one name exactly one wins, and the loser learns it here, not from a
        // constraint violation at commit.
        int inserted = jdbc.sql("""
                        insert into user_lookup (user_id, username, username_key, email_hash)
                        values (:userId, :username, :usernameKey, :emailHash)
                        on conflict do nothing""")
                .param("userId", userId)
                .param("username", username)
                .param("usernameKey", usernameKey)
                .param("emailHash", emails.hash(email))
                .update();
        if (inserted == 0) {
            boolean nameTaken = jdbc.sql("select count(*) from user_lookup where username_key = :key")
                    .param("key", usernameKey)
                    .query(Long.class).single() > 0;
            return nameTaken ? Reservation.USERNAME_TAKEN : Reservation.EMAIL_TAKEN;
        }
        jdbc.sql("insert into user_credentials (user_id, password_hash) values (:userId, :hash)")
                .param("userId", userId)
                .param("hash", passwordHash)
                .update();
        return Reservation.RESERVED;
    }

    @Override
    public Reservation check(String username, String email) {
        return jdbc.sql("""
                        select username_key = :usernameKey from user_lookup
                        where username_key = :usernameKey or email_hash = :emailHash
                        order by 1 desc limit 1""")
                .param("usernameKey", key(username))
                .param("emailHash", emails.hash(email))
                .query(Boolean.class).optional()
                .map(nameTaken -> nameTaken ? Reservation.USERNAME_TAKEN : Reservation.EMAIL_TAKEN)
                .orElse(Reservation.RESERVED);
    }

    @Override
    public Optional<String> usernameOf(String userId) {
        return jdbc.sql("select username from user_lookup where user_id = :userId and not deleted")
                .param("userId", userId)
                .query(String.class).optional();
    }

    @Override
    public Optional<String> idOf(String username) {
        return Usernames.key(username).flatMap(key -> jdbc
                .sql("select user_id from user_lookup where username_key = :key and not deleted")
                .param("key", key)
                .query(String.class).optional());
    }

    @Override
    public Optional<Account> account(String username) {
        return Usernames.key(username).flatMap(key -> jdbc.sql("""
                        select l.user_id, c.credential_version
                        from user_lookup l join user_credentials c on c.user_id = l.user_id
                        where l.username_key = :key""")
                .param("key", key)
                .query((rs, row) -> new Account(rs.getString(1), rs.getInt(2)))
                .optional());
    }

    @Override
    public int changePassword(String userId, String passwordHash) {
        return jdbc.sql("""
                        update user_credentials
                        set password_hash = :hash, credential_version = credential_version + 1, updated_at = now()
                        where user_id = :userId
                        returning credential_version""")
                .param("userId", userId)
                .param("hash", passwordHash)
                .query(Integer.class).optional()
                .orElseThrow(() -> new UnknownUserException(userId));
    }

    @Override
    public void delete(String userId) {
        jdbc.sql("delete from user_credentials where user_id = :userId").param("userId", userId).update();
        jdbc.sql("update user_lookup set deleted = true where user_id = :userId").param("userId", userId).update();
    }

    /** Usernames are unique ignoring case; ASCII usernames make lower-casing unambiguous. */
    static String key(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
