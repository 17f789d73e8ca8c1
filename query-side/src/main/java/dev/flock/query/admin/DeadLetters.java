package dev.flock.query.admin;

import dev.flock.query.projection.ProjectionSlots;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The events each view's live processor could not handle, parked in Axon's dead-letter queue with the rest of
 * their sequence (the later events of the same user, for most views) while the view goes on with every other
 * sequence. An operator lists them, fixes the cause (a projector bug, a constraint) and retries them.
 */
@Component
class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final int LISTED_PER_VIEW = 100;

    private final EventProcessingConfiguration processing;
    private final ProjectionSlots slots;

    DeadLetters(EventProcessingConfiguration processing, ProjectionSlots slots) {
        this.processing = processing;
        this.slots = slots;
    }

    /** One parked event. */
    record Letter(String eventId, String eventType, Long position, String aggregateId, Long sequenceNumber,
                  String causeType, String causeMessage, String enqueuedAt, String lastTouched) {
    }

    /** A view's dead letters: how many, in how many sequences, and the first of them. */
    record ViewLetters(String view, String processor, long letters, long sequences, List<Letter> first) {
    }

    /** What a retry did. */
    record Retry(String view, long sequencesRetried, long sequencesSucceeded, long lettersLeft) {
    }

    List<ViewLetters> list() {
        List<ViewLetters> views = new ArrayList<>();
        for (String view : slots.views()) {
            String processor = slots.liveProcessor(view);
            queue(processor).ifPresent(queue -> views.add(new ViewLetters(view, processor, queue.size(),
                    queue.amountOfSequences(), first(queue))));
        }
        return views;
    }

    /** Number of parked events of the view's live processor. */
    long count(String view) {
        return queue(slots.liveProcessor(view)).map(SequencedDeadLetterQueue::size).orElse(0L);
    }

    /**
     * Hands every parked sequence of the view back to its projector, oldest first, each once: a sequence that
     * succeeds leaves the queue, one that fails again stays with its new cause.
     */
    Optional<Retry> retry(String view) {
        if (!slots.views().contains(view)) {
            return Optional.empty();
        }
        String processor = slots.liveProcessor(view);
        Optional<SequencedDeadLetterProcessor<EventMessage<?>>> letters =
                processing.sequencedDeadLetterProcessor(processor);
        Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue = queue(processor);
        if (letters.isEmpty() || queue.isEmpty()) {
            return Optional.of(new Retry(view, 0, 0, 0));
        }
        long sequences = queue.get().amountOfSequences();
        long succeeded = 0;
        for (long i = 0; i < sequences; i++) {
            if (letters.get().processAny()) {
                succeeded++;
            }
        }
        long left = queue.get().size();
        log.info("Retried {} dead-lettered sequences of view {}: {} succeeded, {} events still parked", sequences,
                view, succeeded, left);
        return Optional.of(new Retry(view, sequences, succeeded, left));
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String processor) {
        return processing.deadLetterQueue(processor);
    }

    private static List<Letter> first(SequencedDeadLetterQueue<EventMessage<?>> queue) {
        List<Letter> first = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (first.size() == LISTED_PER_VIEW) {
                    return first;
                }
                first.add(describe(letter));
            }
        }
        return first;
    }

    private static Letter describe(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        Long position = event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position().stream().boxed().findFirst().orElse(null) : null;
        String aggregateId = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        Long sequenceNumber = event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null;
        return new Letter(event.getIdentifier(), event.getPayloadType().getSimpleName(), position, aggregateId,
                sequenceNumber,
                letter.cause().map(cause -> cause.type()).orElse(null),
                letter.cause().map(cause -> cause.message()).orElse(null),
                letter.enqueuedAt().toString(), letter.lastTouched().toString());
    }
}
