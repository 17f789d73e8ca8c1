package dev.flock.events;

/**
 * {@code userId} turned protection off. Every request pending then is approved by a {@link FollowRequestApproved}
 * emitted before this event. Emitted only when the account was protected.
 */
@Revision("1")
public record AccountUnprotected(String userId) {
}
