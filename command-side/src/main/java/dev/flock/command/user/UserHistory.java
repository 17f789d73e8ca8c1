package dev.flock.command.user;

import dev.flock.events.AccountProtected;
import dev.flock.events.AccountUnprotected;
import dev.flock.events.PostDeleted;
import dev.flock.events.PostPublished;
import dev.flock.events.UserRegistered;
import dev.flock.web.events.PersonalData;
import dev.flock.web.events.PersonalDataSerializer;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * A user's own history, read from their stream: what Flock holds about them, for data portability. Deleted posts
 * are left out, with the events that deleted them.
 */
@Component
public class UserHistory {

    private final EventStore events;
    private final PersonalData personalData;

    UserHistory(EventStore events, PersonalData personalData) {
        this.events = events;
        this.personalData = personalData;
    }

    /** One event of the history: its type (the event's simple name), when, and its payload. */
    public record Entry(String type, Instant at, Object payload) {
    }

    /** The account as its events tell it, and every event, oldest first. */
    public record Export(String username, String email, Instant registeredAt, boolean protectedAccount,
                         List<Entry> events) {
    }

    /** The event's payload with its personal fields decrypted (the event store gives them as stored). */
    private Object readable(DomainEventMessage<?> event) {
        return PersonalDataSerializer.readable(event.getPayload(), personalData);
    }

    /** The history of a registered user (read from the first event, not from a snapshot). */
    public Export of(String userId) {
        List<? extends DomainEventMessage<?>> stream = events.readEvents(userId, 0).asStream().toList();
        if (stream.isEmpty() || !(readable(stream.get(0)) instanceof UserRegistered registered)) {
            throw new UnknownUserException(userId);
        }
        Set<String> deletedPosts = stream.stream()
                .filter(event -> event.getPayload() instanceof PostDeleted)
                .map(event -> ((PostDeleted) event.getPayload()).postId())
                .collect(Collectors.toSet());
        boolean protectedAccount = false;
        for (DomainEventMessage<?> event : stream) {
            if (event.getPayload() instanceof AccountProtected) {
                protectedAccount = true;
            } else if (event.getPayload() instanceof AccountUnprotected) {
                protectedAccount = false;
            }
        }
        List<Entry> entries = stream.stream()
                .filter(event -> !(event.getPayload() instanceof PostDeleted)
                        && !(event.getPayload() instanceof PostPublished post && deletedPosts.contains(post.postId())))
                .map(event -> new Entry(event.getPayloadType().getSimpleName(), event.getTimestamp(),
                        readable(event)))
                .toList();
        return new Export(registered.username(), registered.email(), stream.get(0).getTimestamp(), protectedAccount,
                entries);
    }
}
