package dev.flock.command.web;

import static dev.flock.testsupport.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.command.support.FlockIntegrationTest;
import dev.flock.events.PostPublished;
import dev.flock.events.UserFollowed;
import dev.flock.events.UserRegistered;
import dev.flock.events.UserUnfollowed;
import dev.flock.testsupport.Http.Answer;
import dev.flock.testsupport.Http;
import dev.flock.web.events.PersonalData;
import dev.flock.web.events.PersonalDataSerializer;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The command API over real HTTP against PostgreSQL, checked against what lands in the event store. */
@FlockIntegrationTest
class CommandApiIT {

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalData personalData;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void registerLogInFollowUnfollowAndPostEndInTheEventStore() {
        String alice = http.registerAndLogIn("Alice_api", "correct horse battery");
        http.registerAndLogIn("bob_api", "correct horse battery");

        Answer follow = http.send("PUT", "/api/users/alice_API/following/BOB_api", null,
                "Authorization", bearer(alice));
        assertThat(follow.status()).isEqualTo(204);
        assertThat(follow.header("Consistency-Token")).matches("\\d+");

        Answer again = http.send("PUT", "/api/users/alice_api/following/bob_api", null,
                "Authorization", bearer(alice));
        assertThat(again.status()).isEqualTo(204);

        Answer post = http.send("POST", "/api/users/alice_api/posts", "{\"body\":\"  hello, world  \"}",
                "Authorization", bearer(alice));
        assertThat(post.status()).isEqualTo(201);
        String postId = post.json().get("id").asString();
        Instant publishedAt = Instant.parse(post.json().get("publishedAt").asString());
        assertThat(post.header("Location")).isEqualTo("/api/users/alice_api/posts/" + postId);

        Answer unfollow = http.send("DELETE", "/api/users/alice_api/following/bob_api", null,
                "Authorization", bearer(alice));
        assertThat(unfollow.status()).isEqualTo(204);
        assertThat(Long.parseLong(unfollow.header("Consistency-Token")))
                .isGreaterThan(Long.parseLong(follow.header("Consistency-Token")));

        String aliceId = idOf("alice_api");
        String bobId = idOf("bob_api");
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(aliceId).asStream().toList();
        // the command side reads personal fields back as stored (encrypted); decrypted, they are the originals
        assertThat(events.get(0).getPayload()).extracting("email").asString().startsWith(PersonalData.PREFIX);
        assertThat(events.stream().map(event -> PersonalDataSerializer.readable(event.getPayload(), personalData))
                .toList()).containsExactly(
                new UserRegistered(aliceId, "Alice_api", "Alice_api@example.com"),
                new UserFollowed(aliceId, bobId, "Alice_api", "bob_api"),
                new PostPublished(postId, aliceId, "hello, world"),
                new UserUnfollowed(aliceId, bobId));
        assertThat(events.get(2).getTimestamp()).isEqualTo(publishedAt);
        assertThat(Long.parseLong(unfollow.header("Consistency-Token")))
                .isEqualTo(globalIndexOf(events.get(3).getIdentifier()));
    }

    @Test
    void aRepeatedIdempotencyKeyAnswersTheFirstPostAndPublishesNothing() {
        String carol = http.registerAndLogIn("carol_idem", "correct horse battery");

        Answer first = http.send("POST", "/api/users/carol_idem/posts", "{\"body\":\"once\"}",
                "Authorization", bearer(carol), "Idempotency-Key", "key-1");
        Answer second = http.send("POST", "/api/users/carol_idem/posts", "{\"body\":\"once\"}",
                "Authorization", bearer(carol), "Idempotency-Key", "key-1");
        Answer other = http.send("POST", "/api/users/carol_idem/posts", "{\"body\":\"once\"}",
                "Authorization", bearer(carol), "Idempotency-Key", "key-2");

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(other.json().get("id")).isNotEqualTo(first.json().get("id"));
        assertThat(eventStore.readEvents(idOf("carol_idem")).asStream()
                .filter(e -> e.getPayload() instanceof PostPublished)).hasSize(2);
    }

    @Test
    void theEventStoreHoldsJsonInByteaAndTheDatabaseHasNoLargeObjects() {
        String dave = http.registerAndLogIn("dave_store", "correct horse battery");
        http.send("POST", "/api/users/dave_store/posts", "{\"body\":\"stored as json\"}", "Authorization", bearer(dave));

        List<String> oidColumns = jdbc.sql("""
                        select table_schema || '.' || table_name || '.' || column_name from information_schema.columns
                        where data_type = 'oid' and table_schema not in ('pg_catalog', 'information_schema')""")
                .query(String.class).list();
        assertThat(oidColumns).isEmpty();
        assertThat(jdbc.sql("select count(*) from pg_largeobject_metadata").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                        select data_type from information_schema.columns
                        where table_schema = 'eventstore' and table_name = 'domain_event_entry'
                          and column_name in ('payload', 'meta_data')""")
                .query(String.class).list()).containsExactly("bytea", "bytea");

        String payload = jdbc.sql("""
                        select convert_from(payload, 'UTF8') from eventstore.domain_event_entry
                        where payload_type = 'dev.flock.events.PostPublished' and aggregate_identifier = :id""")
                .param("id", idOf("dave_store"))
                .query(String.class).single();
        // JSON, with the body encrypted under the post's key (crypto-shredding)
        assertThat(payload).startsWith("{").contains("\"body\":\"flock:aes256gcm:").doesNotContain("stored as json");
        String metaData = jdbc.sql("""
                        select convert_from(meta_data, 'UTF8') from eventstore.domain_event_entry
                        where payload_type = 'dev.flock.events.PostPublished' and aggregate_identifier = :id""")
                .param("id", idOf("dave_store"))
                .query(String.class).single();
        assertThat(metaData).startsWith("{");
    }

    @Test
    void passwordsAreStoredOnlyAsArgon2HashesAndNeverInEvents() {
        http.registerAndLogIn("erin_secret", "a very secret passphrase");

        String hash = jdbc.sql("select password_hash from user_credentials where user_id = :id")
                .param("id", idOf("erin_secret"))
                .query(String.class).single();
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain("a very secret passphrase");
        long leaks = jdbc.sql("""
                        select count(*) from eventstore.domain_event_entry
                        where position(convert_to('a very secret passphrase', 'UTF8') in payload) > 0
                           or position(convert_to('argon2', 'UTF8') in payload) > 0""")
                .query(Long.class).single();
        assertThat(leaks).isZero();
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void everyCallIsLoggedOnceWithItsRequestIdAndOutcomeAndNeverWithTheSecrets(CapturedOutput output) {
        Answer registered = http.send("POST", "/api/users",
                "{\"username\":\"logged_user\",\"email\":\"logged@example.com\",\"password\":\"never in a log\"}",
                "X-Request-Id", "client-chosen-id-1");
        String token = http.logIn("logged_user", "never in a log");
        Answer followed = http.send("PUT", "/api/users/logged_user/following/nobody_here", null,
                "Authorization", bearer(token));

        assertThat(registered.header("X-Request-Id")).isEqualTo("client-chosen-id-1");
        assertThat(followed.header("X-Request-Id")).isNotBlank();
        assertThat(output.getOut()).contains("[client-chosen-id-1] ")
                .contains("POST /api/users -> 201")
                .contains("[" + followed.header("X-Request-Id") + "] ")
                .contains("PUT /api/users/logged_user/following/nobody_here -> 404")
                .doesNotContain("never in a log")
                .doesNotContain(token);
    }

    private String idOf(String username) {
        return jdbc.sql("select user_id from user_lookup where username_key = :key")
                .param("key", username.toLowerCase())
                .query(String.class).single();
    }

    private long globalIndexOf(String eventIdentifier) {
        return jdbc.sql("select global_index from eventstore.domain_event_entry where event_identifier = :id")
                .param("id", eventIdentifier)
                .query(Long.class).single();
    }
}
