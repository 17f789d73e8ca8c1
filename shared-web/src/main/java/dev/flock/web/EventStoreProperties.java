package dev.flock.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flock.eventstore.*}.
 *
 * @param migrate whether this service migrates the event store's schema; {@code false} leaves it to the other
 *                service, for a database user that may only read it (the query side's, in docker-compose.yml),
 *                which then must start after the command side
 */
@ConfigurationProperties("flock.eventstore")
public record EventStoreProperties(@DefaultValue("true") boolean migrate) {
}
