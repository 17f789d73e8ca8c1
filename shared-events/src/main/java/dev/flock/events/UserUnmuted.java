package dev.flock.events;

/** {@code muterId}'s mute of {@code mutedId} ended. Emitted only when a mute existed. */
@Revision("1")
public record UserUnmuted(String muterId, String mutedId, Reason reason) {

    /** Why the mute ended. */
    public enum Reason {
        /** The muter unmuted. */
        UNMUTED,
        /** A timed mute reached its end. */
        EXPIRED
    }
}
