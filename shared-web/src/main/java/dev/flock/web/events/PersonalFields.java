package dev.flock.web.events;

import dev.flock.events.PostPublished;
import dev.flock.events.UserRegistered;
import java.util.List;
import java.util.Optional;

/**
 * Where the events hold personal data: each personal field, the event type that has it, and the field naming its
 * data subject (the user or post whose key encrypts it, and whose deletion erases it). One table for everything
 * that handles personal fields: {@link PersonalDataSerializer} encrypts exactly these (its test checks each one,
 * and that no other field is touched), and the command side's migration {@code V6__encrypt_personal_data}
 * encrypted these in the events stored before v2.
 */
public final class PersonalFields {

    /** A personal field: {@code name} of event type {@code event}, under the key of the subject in {@code subject}. */
    public record Field(Class<?> event, String name, String subject) {
    }

    /** {@link UserRegistered#email}, under the user's key. */
    public static final Field EMAIL = new Field(UserRegistered.class, "email", "userId");
    /** {@link PostPublished#body}, under the post's key. */
    public static final Field BODY = new Field(PostPublished.class, "body", "postId");
    public static final List<Field> ALL = List.of(EMAIL, BODY);

    private PersonalFields() {
    }

    /** The personal field of the event type with this name, if it has one. */
    public static Optional<Field> of(String eventType) {
        return ALL.stream().filter(field -> field.event().getName().equals(eventType)).findFirst();
    }
}
