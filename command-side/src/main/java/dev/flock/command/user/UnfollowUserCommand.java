package dev.flock.command.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code userId} stops following {@code targetId}. */
public record UnfollowUserCommand(@TargetAggregateIdentifier String userId, String targetId) {
}
