package dev.flock.events;

/**
 * {@code followerId} started following {@code followedId}. Emitted only when the follow is new. The follow started
 * at the event message's timestamp.
 *
 * <p>Both usernames travel with the ids. Usernames never change, and a view of follows is built in parallel
 * segments, where the registration of the followed user may not have been projected yet; with the names in the
 * event, a follow can be shown the moment it is projected.
 */
@Revision("1")
public record UserFollowed(String followerId, String followedId, String followerUsername, String followedUsername) {
}
