package dev.flock.command.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flock.events.PostPublished;
import dev.flock.events.UserRegistered;
import dev.flock.testsupport.EmbeddedPostgresInitializer;
import dev.flock.web.events.EventRevisions;
import dev.flock.web.events.PersonalData;
import dev.flock.web.events.PersonalDataSerializer;
import dev.flock.web.events.PersonalFields;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The event serializer's crypto-shredding against PostgreSQL's key table: personal fields stored encrypted and
 * read back plain; plaintext from before encryption read as it is; a ciphertext bound to its subject and field;
 * a forgotten subject read as {@link PersonalDataSerializer#ERASED}; a service that makes no keys (the query side)
 * storing {@code ERASED} rather than a plaintext it cannot encrypt.
 */
class PersonalDataSerializerIT {

    private static JdbcClient jdbc;
    private static PersonalDataSerializer serializer;

    @BeforeAll
    static void keyTable() {
        DataSource database = new DriverManagerDataSource(EmbeddedPostgresInitializer.newDatabase(), "postgres",
                "postgres");
        Flyway.configure().dataSource(database).schemas("eventstore").defaultSchema("eventstore")
                .locations("classpath:db/eventstore").load().migrate();
        jdbc = JdbcClient.create(database);
        serializer = serializer(true);
    }

    private static PersonalDataSerializer serializer(boolean makesKeys) {
        return new PersonalDataSerializer(JacksonSerializer.builder().revisionResolver(new EventRevisions()).build(),
                new PersonalData(jdbc, makesKeys), true);
    }

    @Test
    void personalFieldsAreStoredEncryptedAndReadBackPlain() {
        UserRegistered registered = new UserRegistered(UUID.randomUUID().toString(), "ann", "ann@example.com");
        PostPublished post = new PostPublished(UUID.randomUUID().toString(), registered.userId(), "hello, world");

        for (Object event : new Object[] {registered, post}) {
            SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
            String json = new String(stored.getData(), StandardCharsets.UTF_8);
            assertThat(json).doesNotContain("ann@example.com").doesNotContain("hello, world")
                    .contains(PersonalData.PREFIX);
            assertThat(serializer.<byte[], Object>deserialize(stored)).isEqualTo(event);
        }
    }

    /**
     * The serializer encrypts exactly the fields of {@link PersonalFields} (which the v1 migration also encrypted),
     * each under its subject's key: a sample of every event type in the table, and nothing else of it changes.
     */
    @Test
    void theSerializerEncryptsExactlyThePersonalFieldsOfTheTable() throws Exception {
        String user = UUID.randomUUID().toString();
        List<Object> samples = List.of(new UserRegistered(user, "tabled", "tabled@example.com"),
                new PostPublished(UUID.randomUUID().toString(), user, "a tabled post"));
        assertThat(samples).extracting(Object::getClass)
                .containsExactlyInAnyOrderElementsOf(PersonalFields.ALL.stream().map(PersonalFields.Field::event)
                        .toList());
        JsonMapper json = JsonMapper.builder().build();
        PersonalData keys = new PersonalData(jdbc, false);
        for (Object sample : samples) {
            PersonalFields.Field field = PersonalFields.of(sample.getClass().getName()).orElseThrow();
            JsonNode plain = json.valueToTree(sample);
            JsonNode stored = json.readTree(serializer.serialize(sample, byte[].class).getData());
            String subject = plain.get(field.subject()).asString();
            assertThat(keys.decrypt(subject, field.name(), stored.get(field.name()).asString()))
                    .contains(plain.get(field.name()).asString());
            ((ObjectNode) stored).set(field.name(), plain.get(field.name()));
            assertThat(stored).as("everything but " + field.name()).isEqualTo(plain);
        }
    }

    @Test
    void withoutDecryptionOnReadTheFieldsComeBackAsStoredAndReadableDecryptsThem() {
        PersonalData keys = new PersonalData(jdbc, true);
        PersonalDataSerializer commandSide = new PersonalDataSerializer(
                JacksonSerializer.builder().revisionResolver(new EventRevisions()).build(), keys, false);
        PostPublished post = new PostPublished(UUID.randomUUID().toString(), "author", "for the export");
        PostPublished read = commandSide.deserialize(commandSide.serialize(post, byte[].class));
        assertThat(read.body()).startsWith(PersonalData.PREFIX);
        assertThat(PersonalDataSerializer.readable(read, keys)).isEqualTo(post);
    }

    @Test
    void plaintextFromBeforeEncryptionIsReadAsItIs() {
        String json = "{\"postId\":\"p-1\",\"authorId\":\"a-1\",\"body\":\"from v1\"}";
        assertThat(serializer.<byte[], Object>deserialize(new SimpleSerializedObject<>(
                json.getBytes(StandardCharsets.UTF_8), byte[].class, PostPublished.class.getName(), "1")))
                .isEqualTo(new PostPublished("p-1", "a-1", "from v1"));
    }

    @Test
    void aCiphertextMovedToAnotherSubjectDoesNotOpen() {
        PostPublished post = new PostPublished(UUID.randomUUID().toString(), "author", "mine");
        PostPublished other = new PostPublished(UUID.randomUUID().toString(), "author", "other");
        String ciphertext = body(serializer.serialize(post, byte[].class));
        String otherCiphertext = body(serializer.serialize(other, byte[].class));
        String forged = "{\"postId\":\"" + other.postId() + "\",\"authorId\":\"author\",\"body\":\"" + ciphertext
                + "\"}";
        assertThat(otherCiphertext).isNotEqualTo(ciphertext);
        assertThatThrownBy(() -> serializer.deserialize(new SimpleSerializedObject<>(
                forged.getBytes(StandardCharsets.UTF_8), byte[].class, PostPublished.class.getName(), "1")))
                .hasRootCauseInstanceOf(javax.crypto.AEADBadTagException.class);
    }

    @Test
    void aForgottenSubjectReadsAsErasedAndAServiceWithoutKeysStoresErased() {
        PostPublished post = new PostPublished(UUID.randomUUID().toString(), "author", "secret");
        SerializedObject<byte[]> stored = serializer.serialize(post, byte[].class);
        new PersonalData(jdbc, true).forget(post.postId());

        PostPublished read = serializer.deserialize(stored);
        assertThat(read.body()).isEqualTo(PersonalDataSerializer.ERASED);
        PostPublished unknown = new PostPublished(UUID.randomUUID().toString(), "author", "no key for it");
        assertThat(body(serializer(false).serialize(unknown, byte[].class))).isEqualTo(PersonalDataSerializer.ERASED);
        assertThat(jdbc.sql("select count(*) from eventstore.personal_data_key where subject_id = :s")
                .param("s", unknown.postId()).query(Long.class).single()).isZero();
    }

    private static String body(SerializedObject<byte[]> stored) {
        String json = new String(stored.getData(), StandardCharsets.UTF_8);
        return json.replaceAll(".*\"body\":\"([^\"]*)\".*", "$1");
    }
}
