package dev.flock.command.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.flock.events.AccountDeleted;
import dev.flock.events.AccountProtected;
import dev.flock.events.AccountUnprotected;
import dev.flock.events.FollowRequestApproved;
import dev.flock.events.FollowRequestRejected;
import dev.flock.events.FollowRequestWithdrawn;
import dev.flock.events.FollowRequested;
import dev.flock.events.FollowerRemoved;
import dev.flock.events.PasswordChanged;
import dev.flock.events.PostDeleted;
import dev.flock.events.PostPublished;
import dev.flock.events.Revision;
import dev.flock.events.UserBlocked;
import dev.flock.events.UserFollowed;
import dev.flock.events.UserMuted;
import dev.flock.events.UserRegistered;
import dev.flock.events.UserUnblocked;
import dev.flock.events.UserUnfollowed;
import dev.flock.events.UserUnmuted;
import dev.flock.web.events.EventRevisions;
import dev.flock.web.events.UnrevisedEvents;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every event as it is stored, per revision, pinned by a golden JSON file
 * ({@code src/test/resources/events/<type>.r<revision>.json}): the stored shape is the contract with every reader and
 * every event already written. A change that alters it fails here; such a change gets a new revision (a new golden
 * file beside the old ones, which stay) and an upcaster, never an edit of these files.
 */
class EventJsonTest {

    private static final String USER = "5f0c7c8e-2f7d-4f3a-9d0b-8c1e2a3b4c5d";
    private static final String OTHER = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    private static final String POST = "0f8e3c1a-5b7d-4c2e-9a61-2d4f8b9c0e17";
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder()
            .revisionResolver(new EventRevisions())
            .build();

    static List<Object> events() {
        return List.of(
                new UserRegistered(USER, "john", "john@example.com"),
                new UserFollowed(USER, OTHER, "john", "susan"),
                new UserUnfollowed(USER, OTHER),
                new PostPublished(POST, USER, "hello, world"),
                new PasswordChanged(USER, 3),
                new UserBlocked(USER, OTHER, "john", "susan"),
                new UserUnblocked(USER, OTHER),
                new UserMuted(USER, OTHER, "susan", 3600L),
                new UserUnmuted(USER, OTHER, UserUnmuted.Reason.EXPIRED),
                new FollowerRemoved(USER, OTHER),
                new FollowRequested(USER, OTHER, "john", "susan"),
                new FollowRequestApproved(OTHER, USER, "susan", "john"),
                new FollowRequestRejected(OTHER, USER),
                new FollowRequestWithdrawn(USER, OTHER),
                new AccountProtected(USER),
                new AccountUnprotected(USER),
                new PostDeleted(POST, USER),
                new AccountDeleted(USER));
    }

    @ParameterizedTest
    @MethodSource("events")
    void eachEventIsStoredExactlyAsTheGoldenJsonOfItsRevisionAndReadBackFromIt(Object event) throws IOException {
        String revision = event.getClass().getAnnotation(Revision.class).value();
        String golden = golden(event.getClass().getSimpleName() + ".r" + revision);
        SerializedObject<byte[]> stored = SERIALIZER.serialize(event, byte[].class);
        assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).isEqualTo(golden);
        assertThat(stored.getType().getName()).isEqualTo("dev.flock.events." + event.getClass().getSimpleName());
        assertThat(stored.getType().getRevision()).isEqualTo(revision);
        Object read = SERIALIZER.deserialize(new SimpleSerializedObject<>(golden.getBytes(StandardCharsets.UTF_8),
                byte[].class, stored.getType()));
        assertThat(read).isEqualTo(event);
    }

    @Test
    void everyEventHasARevisionAndIsPinnedHere() {
        List<String> pinned = events().stream().map(event -> event.getClass().getName()).toList();
        Stream<JavaClass> events = new ClassFileImporter().importPackages("dev.flock.events").stream()
                .filter(type -> type.isRecord() && type.isTopLevelClass());
        assertThat(events).allSatisfy(type -> {
            assertThat(type.isAnnotatedWith(Revision.class)).as("%s has a @Revision", type.getName()).isTrue();
            assertThat(pinned).as("golden JSON of %s", type.getName()).contains(type.getName());
        });
    }

    @Test
    void anEventStoredBeforeRevisionsExistedIsReadAsRevisionOne() throws IOException {
        String golden = golden("UserFollowed.r1");
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Aggregate", USER, 0, "event-id",
                Instant.EPOCH, UserFollowed.class.getName(), null, golden.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> upcast = new UnrevisedEvents()
                .upcast(Stream.of(new InitialEventRepresentation(stored, SERIALIZER))).toList();
        assertThat(upcast).singleElement().satisfies(event -> {
            assertThat(event.getType()).isEqualTo(new SimpleSerializedType(UserFollowed.class.getName(), "1"));
            @SuppressWarnings("unchecked")
            SerializedObject<Object> payload = (SerializedObject<Object>) event.getData();
            assertThat(SERIALIZER.<Object, Object>deserialize(payload))
                    .isEqualTo(new UserFollowed(USER, OTHER, "john", "susan"));
        });
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = EventJsonTest.class.getResourceAsStream("/events/" + name + ".json")) {
            assertThat(in).as("golden JSON %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
