package dev.flock.query.views.profiles;

/** A path names a user who is not registered (or not yet in the profiles view). */
public class UnknownUserException extends RuntimeException {

    public UnknownUserException(String username) {
        super("No user '" + username + "' is registered.");
    }
}
