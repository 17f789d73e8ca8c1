package dev.flock.query.projection;

import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC storage engine whose event streams tell {@link NewEvents} when they have delivered what is stored.
 * The {@link NotifiedEventStore}'s reader drains such a stream into the cache the tailing coordinators read, so the
 * signal reaches them after the events are there.
 */
public final class SignallingEventStorageEngine extends JdbcEventStorageEngine {

    private final NewEvents newEvents;

    public SignallingEventStorageEngine(Builder builder, NewEvents newEvents) {
        super(builder);
        this.newEvents = newEvents;
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return newEvents.signalledAtEnd(super.readEvents(trackingToken, mayBlock));
    }
}
