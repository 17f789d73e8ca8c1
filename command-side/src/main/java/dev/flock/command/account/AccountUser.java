package dev.flock.command.account;

import java.util.List;
import org.springframework.security.core.userdetails.User;

/** A registered user as HTTP Basic authentication sees them: their name, id, password hash and its version. */
public class AccountUser extends User {

    private final String userId;
    private final int credentialVersion;

    public AccountUser(String userId, String username, String passwordHash, int credentialVersion) {
        super(username, passwordHash, List.of());
        this.userId = userId;
        this.credentialVersion = credentialVersion;
    }

    public String userId() {
        return userId;
    }

    /** How many times the password was changed: tokens carry it, and older ones are refused. */
    public int credentialVersion() {
        return credentialVersion;
    }
}
