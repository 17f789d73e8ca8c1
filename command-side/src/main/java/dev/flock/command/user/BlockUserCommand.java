package dev.flock.command.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code userId} blocks {@code targetId}. */
public record BlockUserCommand(@TargetAggregateIdentifier String userId, String targetId) {
}
