package dev.flock.command.user;

import java.time.Instant;

/** What publishing a post answers: the post's id and the time it was published. */
public record PostReceipt(String postId, Instant publishedAt) {
}
