package dev.flock.command.user;

import java.util.Locale;
import java.util.Optional;
import dev.flock.web.Usernames;
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

    JdbcUserDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Reservation reserve(String userId, String username, String email, String passwordHash) {
        String usernameKey = key(username);
        // ON CONFLICT DO NOTHING waits for a concurrent insert of the same key to commit, then inserts nothing:
        // of two registrations of one name exactly one wins, and the loser learns it here, not from a
        // constraint violation at commit.
        int inserted = jdbc.sql("""
                        insert into user_lookup (user_id, username, username_key, email_key)
                        values (:userId, :username, :usernameKey, :emailKey)
                        on conflict do nothing""")
                .param("userId", userId)
                .param("username", username)
                .param("usernameKey", usernameKey)
                .param("emailKey", key(email))
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
    public Optional<String> usernameOf(String userId) {
        return jdbc.sql("select username from user_lookup where user_id = :userId")
                .param("userId", userId)
                .query(String.class).optional();
    }

    @Override
    public Optional<String> idOf(String username) {
        return Usernames.key(username).flatMap(key -> jdbc.sql("select user_id from user_lookup where username_key = :key")
                .param("key", key)
                .query(String.class).optional());
    }

    /** Usernames and emails are unique ignoring case; ASCII usernames make lower-casing unambiguous. */
    static String key(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
