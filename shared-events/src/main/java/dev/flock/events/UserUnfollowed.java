package dev.flock.events;

/**
 * {@code followerId} stopped following {@code followedId}. Emitted only when a follow existed.
 */
public record UserUnfollowed(String followerId, String followedId) {
}
