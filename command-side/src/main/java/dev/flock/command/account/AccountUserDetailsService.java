package dev.flock.command.account;

import dev.flock.web.Usernames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads a user's password hash from the command side's credentials table, matching the name ignoring case. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    AccountUserDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String key = Usernames.key(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return jdbc.sql("""
                        select l.user_id, l.username, c.password_hash, c.credential_version
                        from user_lookup l join user_credentials c on c.user_id = l.user_id
                        where l.username_key = :key""")
                .param("key", key)
                .query((rs, row) -> new AccountUser(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getInt(4)))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
