package dev.flock.events;

/**
 * {@code muterId} muted {@code mutedId}: the muted user's posts leave the muter's home timeline. Private to the
 * muter. The mute starts at the event message's timestamp; muting again replaces the mute, with its new end.
 *
 * @param durationSeconds how long the mute lasts from its timestamp, or {@code null} until unmuted; a timed mute is
 *                        ended by a {@link UserUnmuted} the command side appends when it is due
 */
@Revision("1")
public record UserMuted(String muterId, String mutedId, String mutedUsername, Long durationSeconds) {
}
