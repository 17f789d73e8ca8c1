package dev.flock.query.web;

/** The bearer token belongs to someone other than the user whose timeline, blocks, mutes or requests were asked for. */
public class NotYourAccountException extends RuntimeException {

    public NotYourAccountException() {
        super("This is only for its owner's bearer token.");
    }
}
