package dev.flock.events;

/** {@code authorId} deleted their post {@code postId}: it leaves every view. Emitted once per post. */
@Revision("1")
public record PostDeleted(String postId, String authorId) {
}
