package dev.flock.command.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code userId} rejects {@code requesterId}'s request to follow them, if one is pending. */
public record RejectFollowRequestCommand(@TargetAggregateIdentifier String userId, String requesterId) {
}
