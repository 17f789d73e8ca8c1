package dev.flock.command.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code userId} unmutes {@code targetId}. */
public record UnmuteUserCommand(@TargetAggregateIdentifier String userId, String targetId) {
}
