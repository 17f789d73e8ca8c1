package dev.flock.command.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * {@code userId} mutes {@code targetId}, replacing any mute before.
 *
 * @param durationSeconds how long, or {@code null} until unmuted
 */
public record MuteUserCommand(@TargetAggregateIdentifier String userId, String targetId, Long durationSeconds) {
}
