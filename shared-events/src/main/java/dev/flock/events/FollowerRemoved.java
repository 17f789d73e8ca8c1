package dev.flock.events;

/**
 * {@code userId} ended {@code followerId}'s follow of them (a removal, or a block). Emitted only when the follow
 * existed. In {@code userId}'s stream; the follower may follow, or ask to, again later.
 */
@Revision("1")
public record FollowerRemoved(String userId, String followerId) {
}
