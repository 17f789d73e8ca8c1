package dev.flock.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.system.support.Flock;
import dev.flock.system.support.FlockSystemTest;
import dev.flock.web.events.PersonalData;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Crypto-shredding of a deleted post: its body is stored only encrypted under the post's key, the key is destroyed
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
        assertThat(eventStore(database)).doesNotContain(forms(survivor)).doesNotContain(forms(deleted));
        assertThat(dump(database)).contains(survivor);

        flock.command("shred_ann", "DELETE", "/api/users/shred_ann/posts/" + gone, null, 204);
        assertThat(flock.get("/api/users/shred_ann/posts/" + gone).status()).isEqualTo(404);

        String dump = dump(database);
        for (String form : forms(deleted)) {
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

    /** The body as it would appear: plain, as the hex of its UTF-8 bytes (how bytea prints), and in base64. */
    private static String[] forms(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new String[] {body, HexFormat.of().formatHex(bytes), Base64.getEncoder().encodeToString(bytes)};
    }

    private static String eventStore(JdbcClient database) {
        return String.join("\n", database.sql("select t::text from eventstore.domain_event_entry t")
                .query(String.class).list());
    }

    /** Every row of every table of every schema but PostgreSQL's own, as text. */
    private static String dump(JdbcClient database) {
        List<String> tables = database.sql("""
                        select quote_ident(table_schema) || '.' || quote_ident(table_name)
                        from information_schema.tables
                        where table_type = 'BASE TABLE'
                          and table_schema not in ('pg_catalog', 'information_schema')""")
                .query(String.class).list();
        StringBuilder dump = new StringBuilder();
        for (String table : tables) {
            database.sql("select t::text from " + table + " t").query(String.class).list()
                    .forEach(row -> dump.append(row).append('\n'));
        }
        return dump.toString();
    }
}
