package dev.flock.command.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code userId} approves {@code requesterId}'s pending request to follow them. */
public record ApproveFollowRequestCommand(@TargetAggregateIdentifier String userId, String requesterId) {
}
