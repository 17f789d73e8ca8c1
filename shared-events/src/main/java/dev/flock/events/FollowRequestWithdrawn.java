package dev.flock.events;

/** {@code requesterId} withdrew their pending request to follow {@code targetId}. In the requester's stream. */
@Revision("1")
public record FollowRequestWithdrawn(String requesterId, String targetId) {
}
