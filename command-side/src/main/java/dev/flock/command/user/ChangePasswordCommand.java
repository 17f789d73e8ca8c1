package dev.flock.command.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces the user's password. The new one arrives already hashed; it goes to the credentials table only. */
public record ChangePasswordCommand(@TargetAggregateIdentifier String userId, String passwordHash) {

    @Override
    public String toString() {
        return "ChangePasswordCommand[userId=" + userId + "]";
    }
}
