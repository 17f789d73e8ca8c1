package dev.flock.web.events;

import dev.flock.events.Revision;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.RevisionResolver;

/**
 * The revision Axon stores with each payload: an event's {@link Revision} (Flock's annotation, since the events
 * module knows no framework), otherwise Axon's own {@code @Revision} (the aggregate's snapshot).
 */
public class EventRevisions implements RevisionResolver {

    private final RevisionResolver axon = new AnnotationRevisionResolver();

    @Override
    public String revisionOf(Class<?> payloadType) {
        Revision revision = payloadType.getAnnotation(Revision.class);
        return revision != null ? revision.value() : axon.revisionOf(payloadType);
    }
}
