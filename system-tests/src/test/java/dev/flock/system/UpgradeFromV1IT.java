package dev.flock.system;

import static dev.flock.testsupport.Http.basic;
import static dev.flock.testsupport.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.flock.system.support.DatabaseDump;
import dev.flock.system.support.Flock;
import dev.flock.system.support.ServiceProcess;
import dev.flock.testsupport.EmbeddedPostgresInitializer;
import dev.flock.testsupport.Http;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import tools.jackson.databind.JsonNode;

/**
 * A database written by the release before v2 (resources {@code v1-database/flock-v1.sql}, made by
 * {@code scripts/make-v1-database.sh} from commit b91d687 running the tutorial's story): plaintext emails and post
 * bodies in its events, a snapshot of the old shape, views of the old schemas. Today's packaged services start on
 * it: the command side's migrations encrypt every personal field in place (logged, once), keep emails only as
 * keyed hashes, and fill the relationship record from the events; the views carry on from where v1 left them.
 * Then the old users log in with their passwords, their timelines and counts are the story's, a replay of every
 * view ends row by row in the views v1 built, and deleting a v1 user erases their email and posts everywhere.
 */
class UpgradeFromV1IT {

    private static final String OPERATOR = basic("operator", "test-operator-password");
    private static final List<String> EMAILS = List.of("john@example.com", "Susan@Example.com", "mary@example.com",
            "david@example.com");
    private static final List<String> DAVIDS_POSTS = List.of("post from david: v1 secret delta",
            "second post from david: v1 secret echo");
    private static final List<String> OTHER_POSTS = Stream.concat(Stream.of("post from john: v1 secret alpha",
                    "post from susan: v1 secret bravo", "post from mary: v1 secret charlie"),
            IntStream.rangeClosed(1, 105).mapToObj(i -> "john's post number " + i + ": v1 secret foxtrot " + i))
            .toList();

    private final Map<String, String> env = ServiceProcess.TEST_ENVIRONMENT;

    @Test
    void aV1DatabaseIsEncryptedInPlaceOnceAndKeepsWorkingReplayingAndErasing() throws IOException, SQLException {
        String jdbcUrl = EmbeddedPostgresInitializer.newDatabase();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(jdbcUrl, "postgres", "postgres");
        try (var connection = dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource("v1-database/flock-v1.sql"));
        }
        JdbcClient database = JdbcClient.create(dataSource);
        assertThat(DatabaseDump.of(database, "eventstore")).as("v1 stored personal data in plain text (bytea: hex)")
                .contains(hex(EMAILS.get(1))).contains(hex(OTHER_POSTS.get(0)));

        Path commandLog = Path.of("target", "upgrade-c.log");
        Files.deleteIfExists(commandLog);
        try (ServiceProcess commandSide = ServiceProcess.start("command-side", jdbcUrl, "upgrade-c.log", env);
             ServiceProcess querySide = ServiceProcess.start("query-side", jdbcUrl, "upgrade-q.log", env)) {
            assertThat(Files.readString(commandLog)).as("the migration's log")
                    .contains("Encrypted the personal fields of 114 events (114 read)");
            String eventStore = DatabaseDump.of(database, "eventstore");
            for (String secret : Stream.concat(EMAILS.stream(),
                    Stream.concat(DAVIDS_POSTS.stream(), OTHER_POSTS.stream())).toList()) {
                assertThat(eventStore).as("%s in the event store", secret)
                        .doesNotContain(DatabaseDump.forms(secret));
            }
            assertThat(DatabaseDump.of(database, "command")).as("emails in the command side's tables")
                    .doesNotContainIgnoringCase(EMAILS.get(0)).doesNotContainIgnoringCase(EMAILS.get(1));

            Http commands = new Http(commandSide.port());
            String john = bearer(commands.logIn("john", "john-password-v1"));
            assertThat(commands.send("POST", "/api/tokens", null, "Authorization",
                    basic("susan", "susan-password-v1")).status()).as("susan's password before the change")
                    .isEqualTo(401);
            commands.logIn("susan", "susan-password-v1-changed");
            assertThat(commands.send("GET", "/api/users/john/export", null, "Authorization", john).json()
                    .get("email").asString()).isEqualTo("john@example.com");
            assertThat(commands.send("POST", "/api/users", "{\"username\":\"newcomer\",\"email\":"
                    + "\"SUSAN@example.COM\",\"password\":\"a long new password\"}").status())
                    .as("a v1 email stays taken, ignoring case").isEqualTo(409);

            Flock flock = new Flock(commandSide.port(), querySide.port());
            List<String> timeline = bodies(flock.all("/api/users/john/timeline", 50, "Authorization", john));
            assertThat(timeline).hasSize(109).contains("post from susan: v1 secret bravo")
                    .containsAll(DAVIDS_POSTS).doesNotContain("post from mary: v1 secret charlie");
            assertThat(counts(flock, "john")).containsExactly(0L, 2L, 106L);
            assertThat(counts(flock, "david")).containsExactly(2L, 0L, 2L);

            Map<String, List<String>> v1Views = DatabaseDump.liveViews(database, Flock.VIEWS);
            replayEveryView(new Http(querySide.port()));
            assertThat(DatabaseDump.liveViews(database, Flock.VIEWS)).as("every view rebuilt from the encrypted events")
                    .isEqualTo(v1Views);

            Http.Answer deletion = commands.send("DELETE", "/api/users/david", null, "Authorization",
                    basic("david", "david-password-v1"));
            assertThat(deletion.status()).isEqualTo(204);
            flock.sawConsistencyToken(Long.parseLong(deletion.header("Consistency-Token")));
            assertThat(flock.get("/api/users/david").status()).isEqualTo(404);
            // the views apply the deletion as they go, and the generation the replay replaced is emptied after
            // its grace period (readers that still used it finish first)
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                String dump = DatabaseDump.of(database);
                for (String secret : Stream.concat(Stream.of("david@example.com"), DAVIDS_POSTS.stream()).toList()) {
                    assertThat(dump).as("%s after david's deletion", secret)
                            .doesNotContain(DatabaseDump.forms(secret));
                }
                assertThat(dump).contains("post from susan: v1 secret bravo");
            });
        }
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> bodies(List<JsonNode> items) {
        return items.stream().map(item -> item.get("body").asString()).toList();
    }

    private static List<Long> counts(Flock flock, String user) {
        JsonNode profile = flock.get("/api/users/" + user).json();
        return List.of(profile.get("followers").asLong(), profile.get("following").asLong(),
                profile.get("posts").asLong());
    }

    private static void replayEveryView(Http admin) {
        for (String view : Flock.VIEWS) {
            assertThat(admin.send("POST", "/api/admin/projections/" + view + "/replay", null,
                    "Authorization", OPERATOR).status()).as("replay of %s", view).isEqualTo(202);
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> StreamSupport.stream(
                admin.send("GET", "/api/admin/projections", null, "Authorization", OPERATOR).json().spliterator(),
                false).noneMatch(projection -> projection.get("replaying").asBoolean()));
    }
}
