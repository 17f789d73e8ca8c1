package dev.flock.query.views.relationships;

import dev.flock.query.paging.Cursor;
import dev.flock.query.paging.Page;
import dev.flock.query.paging.PageRequest;
import dev.flock.query.paging.SqlTimes;
import dev.flock.query.projection.LiveTables;
import dev.flock.query.projection.ProjectionSlots;
import dev.flock.web.ApiTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Reads of the relationships view: an owner's blocks, mutes and pending follow requests, and a pair's flags. */
@Component
public class RelationshipQueries {

    /** The view this reads. */
    public static final String VIEW = "relationships";

    private final LiveTables tables;

    RelationshipQueries(ProjectionSlots slots) {
        this.tables = slots.liveTables(VIEW);
    }

    /** A blocked user, or a user asking to follow, and since when. */
    public record UserSince(String username, String since) {
    }

    /** A muted user, since when, and until when ({@code null}: until unmuted). */
    public record MuteItem(String username, String since, String expiresAt) {
    }

    /** What lies between two users, seen from the first, beyond their follows. */
    public record Flags(boolean blocking, boolean blockedBy, boolean muting, boolean requested,
                        boolean requestedBy) {
    }

    private record Row<T>(UUID userId, Instant since, T item) {
        Cursor position() {
            return new Cursor(since, userId);
        }
    }

    /** Whom {@code owner} blocks, most recent block first. */
    public Page<UserSince> blocks(UUID owner, PageRequest page) {
        return page("""
                select blocked_id, since, blocked_name from {s}.block
                where blocker_id = :owner and (since, blocked_id) < (:afterTime, :afterId)
                order by since desc, blocked_id desc limit :fetchSize""", owner, page,
                (rs, since) -> new UserSince(rs.getString(3), ApiTime.format(since)));
    }

    /** Who asks to follow {@code owner}, most recent request first. */
    public Page<UserSince> followRequests(UUID owner, PageRequest page) {
        return page("""
                select requester_id, since, requester_name from {s}.follow_request
                where target_id = :owner and (since, requester_id) < (:afterTime, :afterId)
                order by since desc, requester_id desc limit :fetchSize""", owner, page,
                (rs, since) -> new UserSince(rs.getString(3), ApiTime.format(since)));
    }

    /**
     * Whom {@code owner} mutes, most recent mute first. A timed mute past its end is not listed, even in the
     * moment before the event that ends it has been projected.
     */
    public Page<MuteItem> mutes(UUID owner, PageRequest page) {
        return page("""
                select muted_id, since, muted_name, expires_at from {s}.mute
                where muter_id = :owner and (since, muted_id) < (:afterTime, :afterId)
                  and (expires_at is null or expires_at > now())
                order by since desc, muted_id desc limit :fetchSize""", owner, page,
                (rs, since) -> new MuteItem(rs.getString(3), ApiTime.format(since),
                        rs.getObject(4) == null ? null : ApiTime.format(SqlTimes.instant(rs, 4))));
    }

    /** The flags of a pair, in one statement (one generation of the view). */
    public Flags flags(UUID user, UUID other) {
        return tables.sql("""
                        select
                          exists (select 1 from {s}.block where blocker_id = :user and blocked_id = :other),
                          exists (select 1 from {s}.block where blocker_id = :other and blocked_id = :user),
                          exists (select 1 from {s}.mute where muter_id = :user and muted_id = :other
                                  and (expires_at is null or expires_at > now())),
                          exists (select 1 from {s}.follow_request
                                  where target_id = :other and requester_id = :user),
                          exists (select 1 from {s}.follow_request
                                  where target_id = :user and requester_id = :other)""")
                .param("user", user)
                .param("other", other)
                .query((rs, n) -> new Flags(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4),
                        rs.getBoolean(5)))
                .single();
    }

    @FunctionalInterface
    private interface ItemMapper<T> {
        T map(ResultSet rs, Instant since) throws SQLException;
    }

    private <T> Page<T> page(String sql, UUID owner, PageRequest page, ItemMapper<T> items) {
        List<Row<T>> rows = page.bind(tables.sql(sql))
                .param("owner", owner)
                .query((rs, n) -> {
                    Instant since = SqlTimes.instant(rs, 2);
                    return new Row<>(rs.getObject(1, UUID.class), since, items.map(rs, since));
                })
                .list();
        return Page.of(rows, page, Row::position).map(Row::item);
    }
}
