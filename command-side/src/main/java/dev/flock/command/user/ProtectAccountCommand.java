package dev.flock.command.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code userId} protects their account ({@code true}) or lifts its protection. */
public record ProtectAccountCommand(@TargetAggregateIdentifier String userId, boolean protect) {
}
