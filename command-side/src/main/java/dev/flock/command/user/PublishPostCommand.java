package dev.flock.command.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * {@code userId} publishes a post.
 *
 * @param postId         the id the post gets if it is published
 * @param idempotencyKey the client's key, or {@code null}; a key seen in the last 24 hours answers with the
 *                       first post's receipt and publishes nothing
 */
public record PublishPostCommand(@TargetAggregateIdentifier String userId,
                                 String postId,
                                 String body,
                                 String idempotencyKey) {
}
