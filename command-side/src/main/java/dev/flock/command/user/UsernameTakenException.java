package dev.flock.command.user;

/** The username is registered already, in any letter case. */
public class UsernameTakenException extends RuntimeException {

    public UsernameTakenException(String username) {
        super("The username '" + username + "' is taken.");
    }
}
