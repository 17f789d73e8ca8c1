package dev.flock.command.user;

/**
 * The payload of the deadline that ends a timed mute: whom, and the end it was scheduled for. A mute replaced or
 * lifted before has another end (or none), and the deadline then does nothing.
 */
record MuteEnds(String mutedId, long endsAtMs) {
}
