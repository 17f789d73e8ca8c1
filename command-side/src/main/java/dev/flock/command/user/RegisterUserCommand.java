package dev.flock.command.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a new user. The password arrives already hashed; it is written to the credentials table, never to an
 * event.
 */
public record RegisterUserCommand(@TargetAggregateIdentifier String userId,
                                  String username,
                                  String email,
                                  String passwordHash) {

    @Override
    public String toString() {
        return "RegisterUserCommand[userId=" + userId + ", username=" + username + "]";
    }
}
