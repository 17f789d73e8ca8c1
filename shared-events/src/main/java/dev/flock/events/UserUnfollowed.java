package dev.flock.events;

/**
 * {@code followerId} stopped following {@code followedId}. Emitted only when a follow existed.
 */
@Revision("1")
public record UserUnfollowed(String followerId, String followedId) {
}
