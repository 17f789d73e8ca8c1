package dev.flock.query.projection;

import java.util.List;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, whose reader (the one thread that fetches new events for every tailing processor)
 * can be told to fetch at once: by {@link ChangeNotifications} when the command side has committed events. Without
 * a word it looks by itself every {@code flock.events.fetch-delay-ms}.
 */
public final class NotifiedEventStore extends EmbeddedEventStore {

    public NotifiedEventStore(Builder builder) {
        super(builder);
    }

    /** Fetch now (or, if a fetch is running, once more when it ends). */
    public void fetchNow() {
        afterCommit(List.of());
    }
}
