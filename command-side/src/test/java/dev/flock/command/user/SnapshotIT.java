package dev.flock.command.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.flock.command.support.FlockIntegrationTest;
import dev.flock.events.PostPublished;
import dev.flock.events.UserRegistered;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A user with 10,000 events still loads from a handful: once a load reads more than the threshold, Axon stores a
 * snapshot, and the next load starts from it. Counts events read, not time taken.
 */
@FlockIntegrationTest
class SnapshotIT {

    private static final int EVENTS = 10_000;

    @Autowired
    EventStore eventStore;
    @Autowired
    CommandGateway commands;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    UserDirectory directory;
    @Value("${flock.snapshot.threshold}")
    int threshold;

    @Test
    void aUserWithTenThousandEventsLoadsFromASnapshot() {
        String userId = UUID.randomUUID().toString();
        transactions.executeWithoutResult(tx -> directory.reserve(userId, "busy_user", "busy@example.com", "{noop}x"));
        appendHistory(userId);
        assertThat(eventsReadToLoad(userId)).isEqualTo(EVENTS);

        // This command loads all 10,000 events, which exceeds the threshold and schedules a snapshot.
        commands.sendAndWait(new PublishPostCommand(userId, UUID.randomUUID().toString(), "one more", null));
        await().atMost(Duration.ofSeconds(30)).until(() -> firstLoaded(userId) instanceof UserAggregate);

        assertThat(eventsReadToLoad(userId)).isLessThanOrEqualTo(threshold + 1);
        PostReceipt receipt = commands.sendAndWait(
                new PublishPostCommand(userId, UUID.randomUUID().toString(), "and another", null));
        assertThat(receipt.postId()).isNotBlank();
        assertThat(eventsReadToLoad(userId)).isLessThanOrEqualTo(threshold + 1);
    }

    /** Appends a registration and 9,999 posts to the user's stream, as years of use would have. */
    private void appendHistory(String userId) {
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        for (long sequence = 0; sequence < EVENTS; sequence++) {
            Object payload = sequence == 0
                    ? new UserRegistered(userId, "busy_user", "busy@example.com")
                    : new PostPublished(UUID.randomUUID().toString(), userId, "post " + sequence);
            batch.add(new GenericDomainEventMessage<>("UserAggregate", userId, sequence, payload));
            if (batch.size() == 1_000) {
                List<DomainEventMessage<?>> events = List.copyOf(batch);
                transactions.executeWithoutResult(tx -> eventStore.publish(events));
                batch.clear();
            }
        }
    }

    /** What the aggregate repository reads to load the user: a snapshot, if any, then the events after it. */
    private long eventsReadToLoad(String userId) {
        return eventStore.readEvents(userId).asStream().count();
    }

    private Object firstLoaded(String userId) {
        return eventStore.readEvents(userId).asStream().findFirst().map(DomainEventMessage::getPayload).orElse(null);
    }
}
