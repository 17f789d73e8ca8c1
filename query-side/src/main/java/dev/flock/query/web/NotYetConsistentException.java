package dev.flock.query.web;

import java.time.Duration;

/** The views did not reach a {@code Consistency-Token}'s position within the wait. */
public class NotYetConsistentException extends RuntimeException {

    private final Duration retryAfter;

    public NotYetConsistentException(Duration waited, Duration retryAfter) {
        super("The views have not caught up with this Consistency-Token after " + waited.toSeconds()
                + " s; try again shortly.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
