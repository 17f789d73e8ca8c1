package dev.flock.query.web;

/** The bearer token belongs to someone other than the user whose home timeline was asked for. */
public class NotYourTimelineException extends RuntimeException {

    public NotYourTimelineException() {
        super("A home timeline is only for its owner's bearer token.");
    }
}
