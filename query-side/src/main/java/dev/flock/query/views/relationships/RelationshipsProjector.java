package dev.flock.query.views.relationships;

import dev.flock.events.AccountDeleted;
import dev.flock.events.FollowRequestApproved;
import dev.flock.events.FollowRequestRejected;
import dev.flock.events.FollowRequestWithdrawn;
import dev.flock.events.FollowRequested;
import dev.flock.events.UserBlocked;
import dev.flock.events.UserMuted;
import dev.flock.events.UserUnblocked;
import dev.flock.events.UserUnmuted;
import dev.flock.query.paging.SqlTimes;
import dev.flock.query.projection.ProjectionSlots;
import dev.flock.query.projection.TargetUserSequencing;
import java.sql.Types;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Folds follow requests, blocks and mutes into {@code follow_request}, {@code block} and {@code mute} of one slot
 * ({@code relationships_a} or {@code relationships_b}). A request starts in the requester's stream and ends in
 * either user's, so events are sequenced by the target user ({@link TargetUserSequencing}): every event of one
 * pair applies in order. Idempotent: inserts do nothing on conflict, deletes delete nothing twice, and a mute is
 * set to what its event says.
 */
class RelationshipsProjector {

    private final JdbcClient jdbc;
    private final String schema;

    RelationshipsProjector(JdbcClient jdbc, String schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    @EventHandler
    void on(FollowRequested event, @Timestamp Instant since) {
        sql("""
                insert into {s}.follow_request (target_id, requester_id, requester_name, since)
                values (:target, :requester, :name, :since)
                on conflict do nothing""")
                .param("target", UUID.fromString(event.targetId()))
                .param("requester", UUID.fromString(event.requesterId()))
                .param("name", event.requesterUsername())
                .param("since", SqlTimes.utc(since))
                .update();
    }

    @EventHandler
    void on(FollowRequestApproved event) {
        endRequest(event.targetId(), event.requesterId());
    }

    @EventHandler
    void on(FollowRequestRejected event) {
        endRequest(event.targetId(), event.requesterId());
    }

    @EventHandler
    void on(FollowRequestWithdrawn event) {
        endRequest(event.targetId(), event.requesterId());
    }

    private void endRequest(String target, String requester) {
        sql("delete from {s}.follow_request where target_id = :target and requester_id = :requester")
                .param("target", UUID.fromString(target))
                .param("requester", UUID.fromString(requester))
                .update();
    }

    @EventHandler
    void on(UserBlocked event, @Timestamp Instant since) {
        sql("""
                insert into {s}.block (blocker_id, blocked_id, blocked_name, since)
                values (:blocker, :blocked, :name, :since)
                on conflict do nothing""")
                .param("blocker", UUID.fromString(event.blockerId()))
                .param("blocked", UUID.fromString(event.blockedId()))
                .param("name", event.blockedUsername())
                .param("since", SqlTimes.utc(since))
                .update();
    }

    @EventHandler
    void on(UserUnblocked event) {
        sql("delete from {s}.block where blocker_id = :blocker and blocked_id = :blocked")
                .param("blocker", UUID.fromString(event.blockerId()))
                .param("blocked", UUID.fromString(event.blockedId()))
                .update();
    }

    /** A new mute, or a mute replaced: it starts at this event, and ends as this event says. */
    @EventHandler
    void on(UserMuted event, @Timestamp Instant since) {
        Long seconds = event.durationSeconds();
        sql("""
                insert into {s}.mute (muter_id, muted_id, muted_name, since, expires_at)
                values (:muter, :muted, :name, :since, :expires)
                on conflict (muter_id, muted_id) do update
                set since = excluded.since, expires_at = excluded.expires_at""")
                .param("muter", UUID.fromString(event.muterId()))
                .param("muted", UUID.fromString(event.mutedId()))
                .param("name", event.mutedUsername())
                .param("since", SqlTimes.utc(since))
                .param("expires", seconds == null ? null : SqlTimes.utc(since.plusSeconds(seconds)),
                        Types.TIMESTAMP_WITH_TIMEZONE)
                .update();
    }

    @EventHandler
    void on(UserUnmuted event) {
        sql("delete from {s}.mute where muter_id = :muter and muted_id = :muted")
                .param("muter", UUID.fromString(event.muterId()))
                .param("muted", UUID.fromString(event.mutedId()))
                .update();
    }

    /**
     * Others' requests, blocks and mutes of the deleted account go: they are sequenced with it. Its own ended with
     * their events before this one.
     */
    @EventHandler
    void on(AccountDeleted event) {
        sql("""
                with requests as (delete from {s}.follow_request where target_id = :id),
                blocks as (delete from {s}.block where blocked_id = :id)
                delete from {s}.mute where muted_id = :id""")
                .param("id", UUID.fromString(event.userId()))
                .update();
    }

    @ResetHandler
    void reset() {
        sql("truncate table {s}.follow_request, {s}.block, {s}.mute").update();
    }

    private JdbcClient.StatementSpec sql(String text) {
        return jdbc.sql(ProjectionSlots.in(schema, text));
    }
}
