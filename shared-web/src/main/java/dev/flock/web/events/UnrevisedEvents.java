package dev.flock.web.events;

import dev.flock.events.Revision;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * The first upcaster of every Flock event: events stored before events had revisions carry none, and are
 * revision 1. Later upcasters of a type match on the revision they read ("1" to "2", ...), so they see every old
 * event with its true revision. Only the revision changes, never the payload.
 */
public class UnrevisedEvents extends SingleEventUpcaster {

    private static final String EVENTS = Revision.class.getPackageName() + ".";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().getRevision() == null && event.getType().getName().startsWith(EVENTS);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        // The payload stays in the form it was read in (bytes from the JPA and the JDBC engines alike).
        @SuppressWarnings("unchecked")
        Class<Object> stored = (Class<Object>) event.getData().getContentType();
        return event.upcastPayload(new SimpleSerializedType(event.getType().getName(), "1"), stored,
                payload -> payload);
    }
}
