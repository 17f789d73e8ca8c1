package dev.flock.events;

/**
 * {@code followerId} started following {@code followedId}. Emitted only when the follow is new.
 * The follow started at the event message's timestamp.
 */
public record UserFollowed(String followerId, String followedId) {
}
