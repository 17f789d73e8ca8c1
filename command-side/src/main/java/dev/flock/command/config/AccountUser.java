package dev.flock.command.config;

import java.util.List;
import org.springframework.security.core.userdetails.User;

/** A registered user as HTTP Basic authentication sees them: their name, id and password hash. */
public class AccountUser extends User {

    private final String userId;

    public AccountUser(String userId, String username, String passwordHash) {
        super(username, passwordHash, List.of());
        this.userId = userId;
    }

    String userId() {
        return userId;
    }
}
