package dev.flock.command.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code userId} follows {@code targetId}. */
public record FollowUserCommand(@TargetAggregateIdentifier String userId, String targetId) {
}
