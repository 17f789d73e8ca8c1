package dev.flock.query.projection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flock.events.*}: how the views read the event store, which another process writes. They learn of new
 * events from PostgreSQL's notifications ({@link ChangeNotifications}) and poll only as a safety net.
 *
 * @param fetchDelayMs   how often the event store's reader looks for new events without being told to
 * @param fetchBatchSize events read per query
 */
@ConfigurationProperties("flock.events")
public record EventSourceProperties(@DefaultValue("5000") long fetchDelayMs,
                                    @DefaultValue("500") int fetchBatchSize) {
}
