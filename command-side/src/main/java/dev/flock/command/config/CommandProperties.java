package dev.flock.command.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flock.commands.*}.
 *
 * @param conflictRetries how often a command that lost an optimistic-concurrency race against another instance is
 *                        tried again before the client gets the failure
 * @param cachedUsers     how many users are kept in memory between their commands (0: none); see
 *                        {@code AxonConfig#userCache}
 */
@ConfigurationProperties("flock.commands")
record CommandProperties(@DefaultValue("8") int conflictRetries, @DefaultValue("10000") int cachedUsers) {
}
