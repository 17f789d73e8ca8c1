package dev.flock.query.follows;

import dev.flock.events.UserFollowed;
import dev.flock.events.UserUnfollowed;
import dev.flock.query.api.ProjectionSlots;
import dev.flock.query.api.SqlTimes;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Folds follows and unfollows into {@code follow} and {@code follow_count} of one slot ({@code follows_a} or
 * {@code follows_b}).
 *
 * <p>Idempotent, and counts that cannot drift: a count moves only when its {@code follow} row was really
 * inserted or deleted, in the same transaction. Events are sequenced per follower (Axon's default), so one
 * follower's follows and unfollows apply in order; the counts of a followed user are touched from every segment,
 * so each batch adds its count changes at the end, in user-id order, in one statement: two segments never take
 * the same count rows' locks in opposite orders, and so never deadlock.
 */
class FollowsProjector {

    private final JdbcClient jdbc;
    private final String schema;
    private final String pendingCounts;

    FollowsProjector(JdbcClient jdbc, String schema) {
        this.jdbc = jdbc;
        this.schema = schema;
        this.pendingCounts = FollowsProjector.class.getName() + ".counts." + schema;
    }

    @EventHandler
    void on(UserFollowed event, @Timestamp Instant since) {
        UUID follower = UUID.fromString(event.followerId());
        UUID followed = UUID.fromString(event.followedId());
        int inserted = jdbc.sql(ProjectionSlots.in(schema, """
                        insert into {s}.follow (follower_id, followed_id, follower_name, followed_name, since)
                        values (:follower, :followed, :followerName, :followedName, :since)
                        on conflict do nothing"""))
                .param("follower", follower)
                .param("followed", followed)
                .param("followerName", event.followerUsername())
                .param("followedName", event.followedUsername())
                .param("since", SqlTimes.utc(since))
                .update();
        if (inserted == 1) {
            count(follower, followed, +1);
        }
    }

    @EventHandler
    void on(UserUnfollowed event) {
        UUID follower = UUID.fromString(event.followerId());
        UUID followed = UUID.fromString(event.followedId());
        int deleted = jdbc.sql(ProjectionSlots.in(schema,
                        "delete from {s}.follow where follower_id = :follower and followed_id = :followed"))
                .param("follower", follower)
                .param("followed", followed)
                .update();
        if (deleted == 1) {
            count(follower, followed, -1);
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql(ProjectionSlots.in(schema, "truncate table {s}.follow, {s}.follow_count")).update();
    }

    /** Adds the change to this batch's pending counts, written in one sorted statement before commit. */
    private void count(UUID follower, UUID followed, int delta) {
        if (!CurrentUnitOfWork.isStarted()) {
            Map<UUID, long[]> single = new TreeMap<>();
            add(single, follower, followed, delta);
            write(single);
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        Map<UUID, long[]> pending = unitOfWork.getOrComputeResource(pendingCounts, key -> {
            Map<UUID, long[]> changes = new TreeMap<>();
            unitOfWork.onPrepareCommit(u -> write(changes));
            return changes;
        });
        add(pending, follower, followed, delta);
    }

    private static void add(Map<UUID, long[]> pending, UUID follower, UUID followed, int delta) {
        pending.computeIfAbsent(followed, id -> new long[2])[0] += delta; // followers
        pending.computeIfAbsent(follower, id -> new long[2])[1] += delta; // following
    }

    private void write(Map<UUID, long[]> changes) {
        if (changes.isEmpty()) {
            return;
        }
        // Array literals, not Java arrays: JdbcClient would expand an array parameter into a list of placeholders.
        String ids = arrayLiteral(changes.keySet().stream().map(UUID::toString));
        String followers = arrayLiteral(changes.values().stream().map(c -> Long.toString(c[0])));
        String following = arrayLiteral(changes.values().stream().map(c -> Long.toString(c[1])));
        jdbc.sql(ProjectionSlots.in(schema, """
                        insert into {s}.follow_count as c (user_id, followers, following)
                        select * from unnest(:ids::uuid[], :followers::bigint[], :following::bigint[])
                        on conflict (user_id) do update
                        set followers = c.followers + excluded.followers,
                            following = c.following + excluded.following"""))
                .param("ids", ids)
                .param("followers", followers)
                .param("following", following)
                .update();
        changes.clear();
    }

    /** {@code {a,b,c}}: PostgreSQL's text form of an array of uuids or numbers, which need no quoting. */
    private static String arrayLiteral(Stream<String> elements) {
        return elements.collect(Collectors.joining(",", "{", "}"));
    }
}
