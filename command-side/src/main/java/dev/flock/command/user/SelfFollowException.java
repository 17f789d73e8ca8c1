package dev.flock.command.user;

/** A user named themselves as the other user of a follow, block, mute or follower call. */
public class SelfFollowException extends RuntimeException {

    public SelfFollowException() {
        this("follow or unfollow");
    }

    /** @param action what the call would do, as in "A user cannot {@code action} themselves." */
    public SelfFollowException(String action) {
        super("A user cannot " + action + " themselves.");
    }
}
