package dev.flock.command.user;

/** A post that the acting user never published. */
public class UnknownPostException extends RuntimeException {

    public UnknownPostException() {
        super("You never published a post with this id.");
    }
}
