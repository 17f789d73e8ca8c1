package dev.flock.query.views.follows;

import dev.flock.events.FollowRequestApproved;
import dev.flock.events.FollowerRemoved;
import dev.flock.events.UserFollowed;
import dev.flock.events.UserUnfollowed;
import dev.flock.query.projection.BatchedWrites;
import dev.flock.query.projection.DeferredEvents;
import dev.flock.query.projection.ProjectionSlots;
import dev.flock.query.projection.TargetUserSequencing;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;

/**
 * Folds follows and unfollows into {@code follow} and {@code follow_count} of one slot ({@code follows_a} or
 * {@code follows_b}). A follow starts with {@code UserFollowed} (the follower's stream) or
 * {@code FollowRequestApproved} (the followed user's), and ends with {@code UserUnfollowed} or
 * {@code FollowerRemoved} (also emitted by a block).
 *
 * <p>Idempotent, and counts that cannot drift: a count moves only when its {@code follow} row was really
 * inserted or deleted, in the same transaction. Events are sequenced by the followed user
 * ({@link TargetUserSequencing}), so every start and end of one follow applies in order, whichever stream it came
 * from; the counts of a user are touched from every segment,
 * so each batch adds its count changes at the end, in user-id order, in one statement: two segments never take
 * the same count rows' locks in opposite orders, and so never deadlock. Within a batch the follows and unfollows
 * are written together at its end, a run of each kind in one statement ({@link BatchedWrites}).
 */
class FollowsProjector implements DeferredEvents {

    private final JdbcClient jdbc;
    private final String schema;
    private final String pendingCounts;
    private final BatchedWrites<Change> batches;

    FollowsProjector(JdbcClient jdbc, String schema) {
        this.jdbc = jdbc;
        this.schema = schema;
        this.pendingCounts = FollowsProjector.class.getName() + ".counts." + schema;
        this.batches = new BatchedWrites<>(FollowsProjector.class.getName() + schema, jdbc, this::write);
    }

    /** A follow or an unfollow, as its event says it. */
    private sealed interface Change permits Followed, Unfollowed {
    }

    private record Followed(UUID follower, UUID followed, String followerName, String followedName, Instant since)
            implements Change {
    }

    private record Unfollowed(UUID follower, UUID followed) implements Change {
    }

    @EventHandler
    void on(UserFollowed event, @Timestamp Instant since) {
        batches.handle(new Followed(UUID.fromString(event.followerId()), UUID.fromString(event.followedId()),
                event.followerUsername(), event.followedUsername(), since));
    }

    @EventHandler
    void on(FollowRequestApproved event, @Timestamp Instant since) {
        batches.handle(new Followed(UUID.fromString(event.requesterId()), UUID.fromString(event.targetId()),
                event.requesterUsername(), event.targetUsername(), since));
    }

    @EventHandler
    void on(UserUnfollowed event) {
        batches.handle(new Unfollowed(UUID.fromString(event.followerId()), UUID.fromString(event.followedId())));
    }

    @EventHandler
    void on(FollowerRemoved event) {
        batches.handle(new Unfollowed(UUID.fromString(event.followerId()), UUID.fromString(event.userId())));
    }

    @ResetHandler
    void reset() {
        jdbc.sql(ProjectionSlots.in(schema, "truncate table {s}.follow, {s}.follow_count")).update();
    }

    @Override
    public boolean defers(EventMessage<?> event) {
        return batches.defers(event);
    }

    /**
     * Each run of follows in one insert and each run of unfollows in one delete; the counts move by the rows that
     * really changed. A whole batch's count changes are written at its end; those of one event written by its
     * handler inside a batch wait for the batch's end too (see the class comment).
     */
    private void write(List<Change> changes, boolean wholeBatch) {
        Map<UUID, long[]> counts = new TreeMap<>();
        for (List<Change> run : BatchedWrites.runs(changes)) {
            if (run.get(0) instanceof Followed) {
                List<Followed> follows = run.stream().map(Followed.class::cast).toList();
                jdbc.sql(ProjectionSlots.in(schema, """
                                insert into {s}.follow (follower_id, followed_id, follower_name, followed_name, since)
                                select * from unnest(:followers, :followed, :followerNames, :followedNames, :since)
                                on conflict do nothing
                                returning follower_id, followed_id"""))
                        .param("followers", BatchedWrites.column("uuid", follows, Followed::follower))
                        .param("followed", BatchedWrites.column("uuid", follows, Followed::followed))
                        .param("followerNames", BatchedWrites.column("text", follows, Followed::followerName))
                        .param("followedNames", BatchedWrites.column("text", follows, Followed::followedName))
                        .param("since", BatchedWrites.column("timestamptz", follows, f -> f.since().toString()))
                        .query((rs, row) -> add(counts, rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), +1))
                        .list();
            } else {
                List<Unfollowed> unfollows = run.stream().map(Unfollowed.class::cast).toList();
                jdbc.sql(ProjectionSlots.in(schema, """
                                delete from {s}.follow f
                                using unnest(:followers, :followed) as x (follower_id, followed_id)
                                where f.follower_id = x.follower_id and f.followed_id = x.followed_id
                                returning f.follower_id, f.followed_id"""))
                        .param("followers", BatchedWrites.column("uuid", unfollows, Unfollowed::follower))
                        .param("followed", BatchedWrites.column("uuid", unfollows, Unfollowed::followed))
                        .query((rs, row) -> add(counts, rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), -1))
                        .list();
            }
        }
        if (wholeBatch || !CurrentUnitOfWork.isStarted()) {
            write(counts);
        } else {
            Map<UUID, long[]> pending = pending();
            counts.forEach((user, change) -> {
                long[] total = pending.computeIfAbsent(user, id -> new long[2]);
                total[0] += change[0];
                total[1] += change[1];
            });
        }
    }

    /** This batch's count changes not written yet; written in one sorted statement before it commits. */
    private Map<UUID, long[]> pending() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(pendingCounts, key -> {
            Map<UUID, long[]> changes = new TreeMap<>();
            unitOfWork.onPrepareCommit(u -> write(changes));
            return changes;
        });
    }

    private static Void add(Map<UUID, long[]> pending, UUID follower, UUID followed, int delta) {
        pending.computeIfAbsent(followed, id -> new long[2])[0] += delta; // followers
        pending.computeIfAbsent(follower, id -> new long[2])[1] += delta; // following
        return null;
    }

    private void write(Map<UUID, long[]> changes) {
        if (changes.isEmpty()) {
            return;
        }
        jdbc.sql(ProjectionSlots.in(schema, """
                        insert into {s}.follow_count as c (user_id, followers, following)
                        select * from unnest(:ids, :followers, :following)
                        on conflict (user_id) do update
                        set followers = c.followers + excluded.followers,
                            following = c.following + excluded.following"""))
                .param("ids", new SqlArrayValue("uuid", changes.keySet().toArray()))
                .param("followers", new SqlArrayValue("bigint", changes.values().stream().map(c -> c[0]).toArray()))
                .param("following", new SqlArrayValue("bigint", changes.values().stream().map(c -> c[1]).toArray()))
                .update();
        // A user with no follows either way has no row (a deleted account's counts leave no trace).
        jdbc.sql(ProjectionSlots.in(schema, """
                        delete from {s}.follow_count
                        where user_id = any (:ids) and followers = 0 and following = 0"""))
                .param("ids", new SqlArrayValue("uuid", changes.keySet().toArray()))
                .update();
        changes.clear();
    }
}
