package dev.flock.command.user;

/** A post's body is empty or longer than {@link PostBody#MAX_LENGTH} characters after trimming. */
public class InvalidPostException extends RuntimeException {

    public InvalidPostException(String message) {
        super(message);
    }
}
