package dev.flock.events;

/**
 * {@code requesterId} asked to follow {@code targetId}, whose account is protected. Emitted only when no request was
 * pending. The request dates from the event message's timestamp. Both usernames travel with the ids, as in
 * {@link UserFollowed}.
 */
@Revision("1")
public record FollowRequested(String requesterId, String targetId, String requesterUsername,
                              String targetUsername) {
}
