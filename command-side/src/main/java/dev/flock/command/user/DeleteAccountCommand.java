package dev.flock.command.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code userId} deletes their account, for good. */
public record DeleteAccountCommand(@TargetAggregateIdentifier String userId) {
}
