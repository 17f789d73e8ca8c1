package dev.flock.web.events;

import dev.flock.events.PostPublished;
import dev.flock.events.UserRegistered;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;

/**
 * The event serializer of both services, with crypto-shredding: the personal fields ({@link UserRegistered#email},
 * keyed by the user; {@link PostPublished#body}, keyed by the post) are encrypted on the way into storage and
 * decrypted on the way out ({@link PersonalData}); the event records stay plain. Whatever stores events through it
 * stores ciphertext: the event store, and the query side's dead letters.
 *
 * <p>A value whose key is gone reads as {@link #ERASED}, and every view handles that: the events that deleted its
 * subject come later in the same stream, and take the post or the user out again on a replay.
 */
public class PersonalDataSerializer implements Serializer {

    /** What a personal field reads as once its subject was deleted. */
    public static final String ERASED = "[erased]";

    private final Serializer delegate;
    private final PersonalData personalData;
    private final boolean decryptOnRead;

    /**
     * @param decryptOnRead whether events read back come with their personal fields decrypted (the query side, whose
     *                      views show them). The command side reads events back to source its aggregates, whose
     *                      rules never look at an email or a body: decrypting every post of a stream on each load
     *                      would cost a key lookup per event (a post command took 1.5 times as long); its export
     *                      decrypts what it shows with {@link #readable}.
     */
    public PersonalDataSerializer(Serializer delegate, PersonalData personalData, boolean decryptOnRead) {
        this.delegate = delegate;
        this.personalData = personalData;
        this.decryptOnRead = decryptOnRead;
    }

    /** The serializer this one encrypts around (Jackson, in both services). */
    public Serializer delegate() {
        return delegate;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        return delegate.serialize(encrypted(object), expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        T read = delegate.deserialize(serializedObject);
        if (!decryptOnRead) {
            return read;
        }
        @SuppressWarnings("unchecked")
        T decrypted = (T) readable(read, personalData);
        return decrypted;
    }

    private Object encrypted(Object object) {
        if (object instanceof UserRegistered registered && !ERASED.equals(registered.email())) {
            return new UserRegistered(registered.userId(), registered.username(),
                    personalData.encrypt(registered.userId(), PersonalFields.EMAIL.name(), registered.email())
                            .orElse(ERASED));
        }
        if (object instanceof PostPublished post && !ERASED.equals(post.body())) {
            return new PostPublished(post.postId(), post.authorId(),
                    personalData.encrypt(post.postId(), PersonalFields.BODY.name(), post.body()).orElse(ERASED));
        }
        return object;
    }

    /**
     * The event with its personal fields decrypted, or {@link #ERASED} where their key is gone; any other object, and
     * a plaintext field, as it is.
     */
    public static Object readable(Object object, PersonalData personalData) {
        if (object instanceof UserRegistered registered && isEncrypted(registered.email())) {
            return new UserRegistered(registered.userId(), registered.username(),
                    personalData.decrypt(registered.userId(), PersonalFields.EMAIL.name(), registered.email())
                            .orElse(ERASED));
        }
        if (object instanceof PostPublished post && isEncrypted(post.body())) {
            return new PostPublished(post.postId(), post.authorId(),
                    personalData.decrypt(post.postId(), PersonalFields.BODY.name(), post.body()).orElse(ERASED));
        }
        return object;
    }

    private static boolean isEncrypted(String value) {
        return value != null && value.startsWith(PersonalData.PREFIX);
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}
