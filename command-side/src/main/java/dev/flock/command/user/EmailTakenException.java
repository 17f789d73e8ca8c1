package dev.flock.command.user;

/** The email address is registered already, in any letter case. Its text is not repeated back. */
public class EmailTakenException extends RuntimeException {

    public EmailTakenException() {
        super("The email address is registered to another user.");
    }
}
