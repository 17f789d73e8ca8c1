package dev.flock.command.user;

/** A command names a user who is not registered. */
public class UnknownUserException extends RuntimeException {

    public UnknownUserException(String user) {
        super("No user '" + user + "' is registered.");
    }
}
