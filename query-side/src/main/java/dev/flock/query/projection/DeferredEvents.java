package dev.flock.query.projection;

import org.axonframework.eventhandling.EventMessage;

/**
 * A projector that may only note an event while its batch is processed and write it, with the batch's other
 * events, in a few set-based statements before the batch commits. Such a handler writes nothing itself, so it needs
 * no savepoint of its own; the projector answers for the failure of its batched statements.
 */
public interface DeferredEvents {

    /** Whether the handlers will only note this event (being processed now) for the batch's end. */
    boolean defers(EventMessage<?> event);
}
