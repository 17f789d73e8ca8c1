package dev.flock.command.user;

/** A user tried to follow or unfollow themselves. */
public class SelfFollowException extends RuntimeException {

    public SelfFollowException() {
        super("A user cannot follow or unfollow themselves.");
    }
}
