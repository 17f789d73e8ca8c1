package dev.flock.query.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.support.SqlArrayValue;

/**
 * A projector's changes written a processor batch at a time. While a pooled processor handles a batch, the
 * projector's handlers only {@link #handle note} their changes; before the batch commits, all of them are written
 * together ({@link Writer#write} with the whole batch), so the projector can turn each run of like changes into
 * one set-based statement. Outside a batch (a dead letter's retry, a direct call) a change is written at once.
 *
 * <p>If the batch's writes fail, the batch rolls back, and when the processor tries its events again they are
 * written one at a time, each in the savepoint {@code SavepointPerEvent} gives it, so a poison event fails in its
 * own handler and is dead-lettered alone.
 *
 * @param <C> the projector's change
 */
public final class BatchedWrites<C> implements DeferredEvents {

    /** Writes changes in order. */
    public interface Writer<C> {

        /**
         * @param wholeBatch whether these are all of a batch's changes, written as it commits, rather than one
         *                   change written by its handler
         */
        void write(List<C> changes, boolean wholeBatch);
    }

    private final String resource;
    private final Writer<C> writer;
    /** Events up to this position are written one at a time: a batch holding them failed as a whole. */
    private final AtomicLong oneAtATimeThrough = new AtomicLong(-1);

    public BatchedWrites(String name, Writer<C> writer) {
        this.resource = BatchedWrites.class.getName() + "/" + name;
        this.writer = writer;
    }

    @Override
    public boolean defers(EventMessage<?> event) {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork
                && position(event) > oneAtATimeThrough.get();
    }

    /** Notes the change of the event being handled for its batch's end, or writes it now. */
    public void handle(C change) {
        if (!CurrentUnitOfWork.isStarted() || !defers((EventMessage<?>) CurrentUnitOfWork.get().getMessage())) {
            writer.write(List.of(change), false);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.getOrComputeResource(resource, key -> {
            List<C> changes = new ArrayList<>();
            batch.onPrepareCommit(committing -> writeBatch(changes, (BatchingUnitOfWork<?>) batch));
            return changes;
        }).add(change);
    }

    private void writeBatch(List<C> changes, BatchingUnitOfWork<?> batch) {
        try {
            writer.write(changes, true);
        } catch (RuntimeException failure) {
            long last = batch.getMessages().stream()
                    .mapToLong(message -> position((EventMessage<?>) message))
                    .max().orElse(-1);
            oneAtATimeThrough.accumulateAndGet(last, Math::max);
            throw failure;
        }
    }

    /** The event's position in the event store, or -1 where it has none (then it is never deferred). */
    private static long position(EventMessage<?> event) {
        return event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position().orElse(-1) : -1;
    }

    /** One field of each change, as an array parameter of SQL type {@code sqlType[]} (for {@code unnest}). */
    public static <C> SqlArrayValue column(String sqlType, List<C> changes, Function<C, ?> field) {
        return new SqlArrayValue(sqlType, changes.stream().map(field).toArray());
    }

    /** The changes cut into runs of consecutive changes of one class, in order. */
    public static <C> List<List<C>> runs(List<C> changes) {
        List<List<C>> runs = new ArrayList<>();
        int start = 0;
        while (start < changes.size()) {
            int end = start + 1;
            while (end < changes.size() && changes.get(end).getClass() == changes.get(start).getClass()) {
                end++;
            }
            runs.add(changes.subList(start, end));
            start = end;
        }
        return runs;
    }
}
