package dev.flock.command.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.command.support.FlockIntegrationTest;
import dev.flock.testsupport.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pair rules under contention, across two users' streams: B follows A while A blocks B, many times over.
 * Whichever commits first, no follow survives the block, in the command side's record and in the event store
 * (B's {@code UserFollowed} is either refused, 403, or ended by A's {@code FollowerRemoved}). The same for B's
 * follow of an account being deleted (refused, 404, or ended by its {@code FollowerRemoved}).
 */
@FlockIntegrationTest
class RelationshipRaceIT {

    private static final String PASSWORD = "correct horse battery";
    private static final int ROUNDS = 25;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFollowRacingABlockEndsWithNoFollowEitherWay() throws Exception {
        Http http = new Http(port);
        String alice = Http.bearer(http.registerAndLogIn("race_alice", PASSWORD));
        String bob = Http.bearer(http.registerAndLogIn("race_bob", PASSWORD));
        String aliceId = idOf("race_alice");
        String bobId = idOf("race_bob");
        List<Integer> followStatuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                assertThat(http.send("DELETE", "/api/users/race_alice/blocks/race_bob", null,
                        "Authorization", alice).status()).isEqualTo(204);
                CountDownLatch start = new CountDownLatch(1);
                // which one commits first depends on the machine: every other round gives the follow a head start
                // of up to 8 ms, so that both orders and the close calls between them occur on a fast or a slow
                // machine alike; the checks below hold for any order
                long blockHead = round % 2 == 0 ? 0 : (round / 2 % 5) * 2L;
                Future<Integer> follow = pool.submit(() -> {
                    start.await();
                    return http.send("PUT", "/api/users/race_bob/following/race_alice", null,
                            "Authorization", bob).status();
                });
                Future<Integer> block = pool.submit(() -> {
                    start.await();
                    TimeUnit.MILLISECONDS.sleep(blockHead);
                    return http.send("PUT", "/api/users/race_alice/blocks/race_bob", null,
                            "Authorization", alice).status();
                });
                start.countDown();
                followStatuses.add(follow.get());
                assertThat(block.get()).isEqualTo(204);

                assertThat(jdbc.sql("select count(*) from follow where follower_id = :bob and followed_id = :alice")
                        .param("bob", bobId).param("alice", aliceId).query(Long.class).single())
                        .as("round %d: the command side's record", round).isZero();
                assertThat(followsInTheEventStore(bobId, aliceId)).as("round %d: the event store", round).isFalse();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(followStatuses).isSubsetOf(204, 403);
    }

    @Test
    void aFollowRacingTheDeletionOfItsTargetEndsWithNoFollowEitherWay() throws Exception {
        Http http = new Http(port);
        String bob = Http.bearer(http.registerAndLogIn("race_follower", PASSWORD));
        String bobId = idOf("race_follower");
        List<Integer> followStatuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 12; round++) {
                String name = "race_gone" + round;
                http.registerAndLogIn(name, PASSWORD);
                String goneId = idOf(name);
                CountDownLatch start = new CountDownLatch(1);
                // the deletion first checks the password (tens of milliseconds): the follow starts later in each
                // round, to meet the deletion at different points; the checks below hold for any order
                long head = round * 10L;
                Future<Integer> follow = pool.submit(() -> {
                    start.await();
                    TimeUnit.MILLISECONDS.sleep(head);
                    return http.send("PUT", "/api/users/race_follower/following/" + name, null,
                            "Authorization", bob).status();
                });
                Future<Integer> deletion = pool.submit(() -> {
                    start.await();
                    return http.send("DELETE", "/api/users/" + name, null,
                            "Authorization", Http.basic(name, PASSWORD)).status();
                });
                start.countDown();
                followStatuses.add(follow.get());
                assertThat(deletion.get()).isEqualTo(204);

                assertThat(jdbc.sql("select count(*) from follow where follower_id = :bob and followed_id = :gone")
                        .param("bob", bobId).param("gone", goneId).query(Long.class).single())
                        .as("round %d: the command side's record", round).isZero();
                assertThat(followsInTheEventStore(bobId, goneId)).as("round %d: the event store", round).isFalse();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(followStatuses).isSubsetOf(204, 404);
    }

    private String idOf(String username) {
        return jdbc.sql("select user_id from user_lookup where username = :name").param("name", username)
                .query(String.class).single();
    }

    /** Folds every event that starts or ends the follow, in the store's order. */
    private boolean followsInTheEventStore(String follower, String followed) {
        List<String> types = jdbc.sql("""
                        select payload_type from eventstore.domain_event_entry
                        where (payload_type = 'dev.flock.events.UserFollowed'
                               and convert_from(payload, 'UTF8')::jsonb ->> 'followerId' = :follower
                               and convert_from(payload, 'UTF8')::jsonb ->> 'followedId' = :followed)
                           or (payload_type = 'dev.flock.events.FollowerRemoved'
                               and convert_from(payload, 'UTF8')::jsonb ->> 'followerId' = :follower
                               and convert_from(payload, 'UTF8')::jsonb ->> 'userId' = :followed)
                        order by global_index""")
                .param("follower", follower)
                .param("followed", followed)
                .query(String.class).list();
        return !types.isEmpty() && types.get(types.size() - 1).endsWith("UserFollowed");
    }
}
