package dev.flock.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.system.support.DatabaseDump;
import dev.flock.system.support.Flock;
import dev.flock.system.support.FlockSystemTest;
import dev.flock.testsupport.Http;
import dev.flock.web.events.PersonalData;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Crypto-shredding of a deleted account: afterwards neither its email nor any of its post bodies is in a dump of
 * the whole database in any of those forms, while the survivor's post is, and the survivor's email still reads.
 * And of a deleted post: its body is stored only encrypted under the post's key, the key is destroyed
 * with the deletion, and the views drop their copies; afterwards a dump of the whole database (every table of every
 * schema, bytea as hex) holds the body in no form: plain text, hex or base64, and its ciphertext, still in the
 * immutable event, opens with no key. The same search finds a surviving post's body (in the views, which serve it),
 * and finds neither body in plain text in the event store.
 */
@FlockSystemTest
class PersonalDataIT {

    @LocalServerPort
    int queryPort;
    @Value("${flock.test.command-port}")
    int commandPort;
    @Autowired
    DataSource dataSource;

    @Test
    void aDeletedPostsBodyIsNowhereInTheDatabaseAndASurvivorsIsOnlyInTheViews() {
        Flock flock = new Flock(commandPort, queryPort);
        flock.register("shred_ann");
        flock.register("shred_ben");
        flock.follow("shred_ben", "shred_ann");
        String survivor = "survivor " + UUID.randomUUID();
        String deleted = "deleted " + UUID.randomUUID();
        flock.post("shred_ann", survivor);
        String gone = flock.post("shred_ann", deleted);
        JdbcClient database = JdbcClient.create(dataSource);
        assertThat(DatabaseDump.of(database, "eventstore")).doesNotContain(DatabaseDump.forms(survivor))
                .doesNotContain(DatabaseDump.forms(deleted));
        awaitEveryView(flock, "shred_ann");
        assertThat(DatabaseDump.of(database)).contains(survivor);

        flock.command("shred_ann", "DELETE", "/api/users/shred_ann/posts/" + gone, null, 204);
        assertThat(flock.get("/api/users/shred_ann/posts/" + gone).status()).isEqualTo(404);

        awaitEveryView(flock, "shred_ann");
        String dump = DatabaseDump.of(database);
        for (String form : DatabaseDump.forms(deleted)) {
            assertThat(dump).as("the deleted body as %s", form).doesNotContain(form);
        }
        assertThat(dump).contains(survivor);

        // the event stays, immutable, with a ciphertext that nothing can open any more
        String stored = database.sql("""
                        select convert_from(payload, 'UTF8')::jsonb ->> 'body' from eventstore.domain_event_entry
                        where payload_type = 'dev.flock.events.PostPublished'
                          and convert_from(payload, 'UTF8')::jsonb ->> 'postId' = :post""")
                .param("post", gone).query(String.class).single();
        assertThat(stored).startsWith(PersonalData.PREFIX);
        assertThat(new PersonalData(database, false).decrypt(gone, "body", stored)).isEmpty();
        assertThat(database.sql("select count(*) from eventstore.personal_data_key where subject_id = :post")
                .param("post", gone).query(Long.class).single()).as("the deleted post's key").isZero();
    }

    @Test
    void aDeletedAccountsEmailAndEveryPostBodyAreNowhereInTheDatabaseAndTheSurvivorsDataIs() {
        Flock flock = new Flock(commandPort, queryPort);
        String run = Long.toString(System.nanoTime(), 36);
        String gone = "gone_" + run;
        String kept = "kept_" + run;
        flock.register(gone);
        flock.register(kept);
        flock.follow(kept, gone);
        flock.follow(gone, kept);
        flock.command(kept, "PUT", "/api/users/" + kept + "/mutes/" + gone, "{\"durationSeconds\":3600}", 204);
        List<String> goneBodies = List.of("first of " + UUID.randomUUID(), "second of " + UUID.randomUUID(),
                "third of " + UUID.randomUUID());
        goneBodies.forEach(body -> flock.post(gone, body));
        String keptBody = "kept " + UUID.randomUUID();
        flock.post(kept, keptBody);
        JdbcClient database = JdbcClient.create(dataSource);
        String email = gone + "@example.com";
        awaitEveryView(flock, kept);
        assertThat(DatabaseDump.of(database)).contains(goneBodies).contains(keptBody);

        flock.deleteAccount(gone);
        assertThat(flock.get("/api/users/" + gone).status()).isEqualTo(404);
        awaitEveryView(flock, kept);

        String dump = DatabaseDump.of(database);
        List<String> secrets = Stream.concat(Stream.of(email, email.toUpperCase(Locale.ROOT)), goneBodies.stream())
                .toList();
        for (String secret : secrets) {
            for (String form : DatabaseDump.forms(secret)) {
                assertThat(dump).as("%s as %s", secret, form).doesNotContain(form);
            }
        }
        assertThat(dump).as("the survivor's post, in the views").contains(keptBody);
        assertThat(flock.get("/api/users/" + kept + "/timeline", "Authorization", flock.bearerOf(kept)).body())
                .contains(keptBody).doesNotContain(goneBodies.get(0));
        assertThat(new Http(commandPort).send("GET", "/api/users/" + kept + "/export", null, "Authorization",
                flock.bearerOf(kept)).json().get("email").asString()).as("the survivor's email")
                .isEqualTo(kept + "@example.com");
        assertThat(database.sql("""
                        select count(*) from eventstore.personal_data_key k
                        join command.user_lookup u on k.subject_id = u.user_id
                          or k.subject_id in (select post_id from command.post where author_id = u.user_id)
                        where u.username = :gone""")
                .param("gone", gone).query(Long.class).single()).as("keys of the deleted user and posts").isZero();
    }

    /**
     * Until every view has handled the last command: each read carries its {@code Consistency-Token} and waits for
     * the views it reads (timeline and profiles; posts and follows; relationships).
     */
    private static void awaitEveryView(Flock flock, String user) {
        String token = flock.bearerOf(user);
        assertThat(flock.get("/api/users/" + user + "/timeline", "Authorization", token).status()).isEqualTo(200);
        assertThat(flock.get("/api/users/" + user + "/posts", "Authorization", token).status()).isEqualTo(200);
        assertThat(flock.get("/api/users/" + user + "/blocks", "Authorization", token).status()).isEqualTo(200);
    }
}
