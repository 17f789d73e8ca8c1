package dev.flock.command.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code userId} ends {@code followerId}'s follow of them. */
public record RemoveFollowerCommand(@TargetAggregateIdentifier String userId, String followerId) {
}
