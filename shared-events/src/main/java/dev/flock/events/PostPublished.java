package dev.flock.events;

/**
 * {@code authorId} published a post. The post's {@code publishedAt} is the event message's timestamp.
 *
 * @param body the text as published, already trimmed, 1 to 280 characters
 */
@Revision("1")
public record PostPublished(String postId, String authorId, String body) {
}
