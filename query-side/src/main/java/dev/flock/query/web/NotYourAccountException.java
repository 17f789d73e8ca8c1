package dev.flock.query.web;

/** The bearer token belongs to someone other than the user whose timeline, blocks, mutes or requests were asked for. */
public class NotYourAccountException extends RuntimeException {

    public NotYourAccountException() {
        super("Only the owner's bearer token can read this.");
    }
}
