package dev.flock.command.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.events.PasswordChanged;
import dev.flock.events.PostPublished;
import dev.flock.events.UserFollowed;
import dev.flock.events.UserRegistered;
import dev.flock.events.UserUnfollowed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every event as it is stored, pinned by a golden JSON file ({@code src/test/resources/events/<type>.json}): the
 * stored shape is the contract with every reader and every event already written. A change that alters it fails
 * here; such a change gets a new revision and an upcaster, never an edit of these files.
 */
class EventJsonTest {

    private static final String USER = "5f0c7c8e-2f7d-4f3a-9d0b-8c1e2a3b4c5d";
    private static final String OTHER = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.defaultSerializer();

    static Stream<Object> events() {
        return Stream.of(
                new UserRegistered(USER, "john", "john@example.com"),
                new UserFollowed(USER, OTHER, "john", "susan"),
                new UserUnfollowed(USER, OTHER),
                new PostPublished("0f8e3c1a-5b7d-4c2e-9a61-2d4f8b9c0e17", USER, "hello, world"),
                new PasswordChanged(USER, 3));
    }

    @ParameterizedTest
    @MethodSource("events")
    void eachEventIsStoredExactlyAsItsGoldenJsonAndReadBackFromIt(Object event) throws IOException {
        String golden = golden(event.getClass().getSimpleName());
        SerializedObject<byte[]> stored = SERIALIZER.serialize(event, byte[].class);
        assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).isEqualTo(golden);
        assertThat(stored.getType().getName()).isEqualTo("dev.flock.events." + event.getClass().getSimpleName());
        Object read = SERIALIZER.deserialize(new SimpleSerializedObject<>(golden.getBytes(StandardCharsets.UTF_8),
                byte[].class, stored.getType()));
        assertThat(read).isEqualTo(event);
    }

    private static String golden(String type) throws IOException {
        try (InputStream in = EventJsonTest.class.getResourceAsStream("/events/" + type + ".json")) {
            assertThat(in).as("golden JSON of %s", type).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
