package dev.flock.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.flock.system.support.DatabaseDump;
import dev.flock.system.support.Flock;
import dev.flock.system.support.FlockSystemTest;
import dev.flock.system.support.SocialModel;
import dev.flock.testsupport.Http;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every v1 and v2 operation at random over a few dozen users: follows (of protected accounts too), unfollows,
 * blocks, unblocks, timed and open-ended mutes, unmutes, removed followers, approved and rejected requests,
 * protection switched on and off, posts published and deleted, accounts deleted (and commands naming them
 * refused). The commands run while every view's processor is
 * stopped, each answer checked against {@link SocialModel}; then the processors catch up with 4 segments each, in
 * parallel, where events of one pair from two users' streams must still apply in order. Every timeline page,
 * list, count, relationship and access answer is compared with the model; then every view is replayed by the
 * operator API and compared again, with the model and row by row with every table of the view before the replay.
 */
@FlockSystemTest
class SocialModelIT {

    private static final int USERS = 24;
    private static final int OPERATIONS = 1_500;
    private static final String OPERATOR = Http.basic("operator", "test-operator-password");

    @LocalServerPort
    int queryPort;
    @Value("${flock.test.command-port}")
    int commandPort;
    @Autowired
    EventProcessingConfiguration processors;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 1_105})
    void everyViewEqualsTheModelAfterAParallelCatchUpAndAfterAReplay(long seed) {
        Flock flock = new Flock(commandPort, queryPort);
        List<String> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            users.add("s" + seed + "_user" + i);
        }
        users.forEach(flock::register);
        SocialModel model = new SocialModel();

        processors.eventProcessors().values().forEach(EventProcessor::shutDown);
        try {
            model.act(flock, new Random(seed), users, OPERATIONS);
        } finally {
            processors.eventProcessors().values().forEach(EventProcessor::start);
        }
        assertThat(model.deletedAccounts()).as("accounts deleted").hasSizeBetween(2, USERS / 2);
        model.assertViews(flock, users, new Random(seed));
        Map<String, List<String>> beforeReplay = DatabaseDump.liveViews(jdbc, Flock.VIEWS);
        assertNoTraceOf(model.deletedAccounts(), beforeReplay);

        Http admin = new Http(queryPort);
        for (String view : Flock.VIEWS) {
            assertThat(admin.send("POST", "/api/admin/projections/" + view + "/replay", null,
                    "Authorization", OPERATOR).status()).as("replay of %s", view).isEqualTo(202);
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> StreamSupport.stream(
                admin.send("GET", "/api/admin/projections", null, "Authorization", OPERATOR).json().spliterator(),
                false).noneMatch(projection -> projection.get("replaying").asBoolean()));
        model.assertViews(flock, users, new Random(seed + 1));
        assertThat(DatabaseDump.liveViews(jdbc, Flock.VIEWS)).as("every row of every view after the replay")
                .isEqualTo(beforeReplay);
    }

    /** No row of any view names a deleted account, but the profiles view's list of deleted ids. */
    private void assertNoTraceOf(Set<String> usernames, Map<String, List<String>> tables) {
        for (String username : usernames) {
            String id = jdbc.sql("select user_id from command.user_lookup where username = :name")
                    .param("name", username).query(String.class).single();
            tables.forEach((table, rows) -> assertThat(rows).as("%s naming deleted %s", table, username)
                    .noneMatch(row -> row.contains(id) && !table.equals("profiles.deleted_user")));
        }
    }
}
