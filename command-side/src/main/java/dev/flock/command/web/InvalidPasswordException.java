package dev.flock.command.web;

/** A new password that {@code PasswordPolicy} refuses; the message says why. */
class InvalidPasswordException extends RuntimeException {

    InvalidPasswordException(String problem) {
        super(problem);
    }
}
