package dev.flock.command.user;

/** An approval of a follow request that is not pending. */
public class NoPendingRequestException extends RuntimeException {

    public NoPendingRequestException() {
        super("There is no pending request to follow you from this user.");
    }
}
