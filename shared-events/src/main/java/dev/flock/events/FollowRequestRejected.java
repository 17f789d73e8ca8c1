package dev.flock.events;

/** {@code targetId} rejected (or, by blocking, ended) {@code requesterId}'s pending request. In the target's stream. */
@Revision("1")
public record FollowRequestRejected(String targetId, String requesterId) {
}
