package dev.flock.events;

/**
 * {@code targetId} approved {@code requesterId}'s pending request (or turned protection off, which approves every
 * pending request): from the event message's timestamp on, the requester follows the target, exactly as after a
 * {@link UserFollowed}. In the target's stream.
 */
@Revision("1")
public record FollowRequestApproved(String targetId, String requesterId, String targetUsername,
                                    String requesterUsername) {
}
