package dev.flock.command.web;

/** The bearer token belongs to someone other than the user the path names. */
class NotYourAccountException extends RuntimeException {

    NotYourAccountException() {
        super("The bearer token is not this user's.");
    }
}
