package dev.flock.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flock.testsupport.EmbeddedPostgresInitializer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A batch's writes that PostgreSQL picks as a deadlock's loser run again in the same transaction, from a savepoint:
 * what the lost attempt wrote is gone, the batch commits once, and its events are not sent back one at a time.
 * Any other failure still fails the batch.
 */
class BatchedWritesIT {

    private JdbcClient jdbc;
    private SpringTransactionManager transactions;

    @BeforeEach
    void database() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(EmbeddedPostgresInitializer.newDatabase(),
                "postgres", "postgres");
        jdbc = JdbcClient.create(dataSource);
        transactions = new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
        jdbc.sql("create table written (change text primary key)").update();
    }

    @Test
    void writesThatLoseADeadlockRunAgainFromTheirSavepoint() {
        AtomicInteger attempts = new AtomicInteger();
        BatchedWrites<String> writes = new BatchedWrites<>("test", jdbc, (changes, wholeBatch) -> {
            insert(changes);
            if (attempts.incrementAndGet() < BatchedWrites.ATTEMPTS) {
                throw new PessimisticLockingFailureException("deadlock detected");
            }
        });

        runBatch(writes, 1, 2, 3);

        assertThat(attempts).hasValue(BatchedWrites.ATTEMPTS);
        assertThat(written()).containsExactly("change 1", "change 2", "change 3");
        assertThat(defersInABatch(writes, 3)).as("the batch's events are not to be written one at a time").isTrue();
    }

    @Test
    void writesThatKeepLosingOrFailOtherwiseFailTheBatch() {
        BatchedWrites<String> losing = new BatchedWrites<>("losing", jdbc, (changes, wholeBatch) -> {
            insert(changes);
            throw new PessimisticLockingFailureException("deadlock detected");
        });
        assertThatThrownBy(() -> runBatch(losing, 1, 2)).isInstanceOf(PessimisticLockingFailureException.class);

        AtomicInteger attempts = new AtomicInteger();
        BatchedWrites<String> failing = new BatchedWrites<>("failing", jdbc, (changes, wholeBatch) -> {
            attempts.incrementAndGet();
            throw new DataIntegrityViolationException("a poison event");
        });
        assertThatThrownBy(() -> runBatch(failing, 3, 4)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(attempts).hasValue(1);
        assertThat(written()).isEmpty();
        assertThat(defersInABatch(failing, 4)).as("written one at a time when tried again").isFalse();
    }

    /** A processor's batch: each event's handler notes its change, the writes run as the transaction commits. */
    private void runBatch(BatchedWrites<String> writes, long... positions) {
        List<EventMessage<?>> events = new ArrayList<>();
        for (long position : positions) {
            events.add(event(position));
        }
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events);
        batch.attachTransaction(transactions);
        batch.executeWithResult(() -> {
            writes.handle(CurrentUnitOfWork.get().getMessage().getPayload().toString());
            return null;
        });
        if (batch.getExecutionResult().isExceptionResult()) {
            throw (RuntimeException) batch.getExecutionResult().getExceptionResult();
        }
    }

    /** Whether the event, in a batch again, would have its change written at the batch's end. */
    private static boolean defersInABatch(BatchedWrites<?> writes, long position) {
        AtomicBoolean defers = new AtomicBoolean();
        new BatchingUnitOfWork<>(List.<EventMessage<?>>of(event(position))).executeWithResult(() -> {
            defers.set(writes.defers((EventMessage<?>) CurrentUnitOfWork.get().getMessage()));
            return null;
        });
        return defers.get();
    }

    private static EventMessage<?> event(long position) {
        return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position),
                GenericEventMessage.asEventMessage("change " + position));
    }

    private void insert(List<String> changes) {
        changes.forEach(change -> jdbc.sql("insert into written values (:change)").param("change", change).update());
    }

    private List<String> written() {
        return jdbc.sql("select change from written order by change").query(String.class).list();
    }
}
