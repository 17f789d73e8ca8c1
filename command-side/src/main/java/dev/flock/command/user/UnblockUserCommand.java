package dev.flock.command.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code userId} lifts their block of {@code targetId}. */
public record UnblockUserCommand(@TargetAggregateIdentifier String userId, String targetId) {
}
