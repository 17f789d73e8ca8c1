package dev.flock.command.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code userId} deletes their post {@code postId}. */
public record DeletePostCommand(@TargetAggregateIdentifier String userId, String postId) {
}
