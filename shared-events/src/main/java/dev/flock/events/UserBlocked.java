package dev.flock.events;

/**
 * {@code blockerId} blocked {@code blockedId}. Emitted only when the block is new. What the block ended (either
 * user's follow of the other, a pending request either way) is in the events emitted with it, before it, in the
 * blocker's stream: {@link UserUnfollowed}, {@link FollowerRemoved}, {@link FollowRequestWithdrawn},
 * {@link FollowRequestRejected}. While the block stands, neither may follow or ask to follow the other.
 *
 * <p>Both usernames travel with the ids, as in {@link UserFollowed}.
 */
@Revision("1")
public record UserBlocked(String blockerId, String blockedId, String blockerUsername, String blockedUsername) {
}
