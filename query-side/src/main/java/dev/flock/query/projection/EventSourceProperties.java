package dev.flock.query.projection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flock.events.*}: how the views read the event store, which another process writes, so they learn of new
 * events only by polling.
 *
 * @param fetchDelayMs       how long a processor's event stream waits at the head before it looks again; 10 ms
 *                           keeps a new event's way into the views in the tens of milliseconds (Axon's default of
 *                           1 s would add most of a second)
 * @param coordinatorPollMs  how often an idle processor's coordinator asks for new events ({@link PromptEventSource})
 * @param fetchBatchSize     events read per query
 */
@ConfigurationProperties("flock.events")
public record EventSourceProperties(@DefaultValue("10") long fetchDelayMs, @DefaultValue("10") long coordinatorPollMs,
                                    @DefaultValue("500") int fetchBatchSize) {
}
