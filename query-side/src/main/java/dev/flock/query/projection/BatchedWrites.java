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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;

/**
 * A projector's changes written a processor batch at a time. While a pooled processor handles a batch, the
 * projector's handlers only {@link #handle note} their changes; before the batch commits, all of them are written
 * together ({@link Writer#write} with the whole batch), so the projector can turn each run of like changes into
 * one set-based statement. Outside a batch (a dead letter's retry, a direct call) a change is written at once.
 *
 * <p>The batch's writes run in a savepoint. If PostgreSQL picks them as a deadlock's (or a serialization
 * conflict's) loser, which happens when two segments' batches lock shared rows in different orders, they roll back
 * to it and run again, up to {@value #ATTEMPTS} times: the winner has committed by then. Otherwise, and for any
 * other failure, the batch rolls back, and when the processor tries its events again they are written one at a
 * time, each in the savepoint {@code SavepointPerEvent} gives it, so a poison event fails in its own handler and
 * is dead-lettered alone. (An aborted batch costs its segment a back-off and the wait for its processor's next
 * claim, seconds; a deadlock should not.)
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

    /** How often a batch's writes run when PostgreSQL keeps choosing them as a deadlock's loser. */
    static final int ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(BatchedWrites.class);

    private final String resource;
    private final JdbcClient jdbc;
    private final Writer<C> writer;
    /** Events up to this position are written one at a time: a batch holding them failed as a whole. */
    private final AtomicLong oneAtATimeThrough = new AtomicLong(-1);

    /** @param jdbc the client the writer writes with: its batch's transaction takes the savepoints */
    public BatchedWrites(String name, JdbcClient jdbc, Writer<C> writer) {
        this.resource = BatchedWrites.class.getName() + "/" + name;
        this.jdbc = jdbc;
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
            for (int attempt = 1; ; attempt++) {
                jdbc.sql("savepoint batched_writes").update();
                try {
                    writer.write(changes, true);
                    jdbc.sql("release savepoint batched_writes").update();
                    return;
                } catch (ConcurrencyFailureException lost) {
                    if (attempt == ATTEMPTS) {
                        throw lost;
                    }
                    jdbc.sql("rollback to savepoint batched_writes").update();
                    log.debug("A batch of {} lost a deadlock or a serialization conflict; writing it again", resource,
                            lost);
                }
            }
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
