package dev.flock.web;

import java.time.Duration;

/**
 * A bounded resource of this instance is in full use (password hashing, reads waiting for a
 * {@code Consistency-Token}): the call is refused at once with 503 and {@code Retry-After}, instead of queueing
 * behind the others and holding a thread or memory while it waits.
 */
public class ServiceBusyException extends RuntimeException {

    private final Duration retryAfter;

    public ServiceBusyException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds for a {@code Retry-After} header: at least 1. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
