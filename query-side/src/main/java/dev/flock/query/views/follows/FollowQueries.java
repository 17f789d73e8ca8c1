package dev.flock.query.views.follows;

import dev.flock.query.paging.Cursor;
import dev.flock.query.paging.Page;
import dev.flock.query.paging.PageRequest;
import dev.flock.query.paging.SqlTimes;
import dev.flock.query.projection.LiveTables;
import dev.flock.query.projection.ProjectionSlots;
import dev.flock.web.ApiTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Reads of the follows view: follower and following lists, counts, and the relationship of two users. */
@Component
public class FollowQueries {

    /** The view this reads. */
    public static final String VIEW = "follows";

    private final LiveTables tables;

    FollowQueries(ProjectionSlots slots) {
        this.tables = slots.liveTables(VIEW);
    }

    /** An item of a follower or following list. */
    public record FollowItem(String username, String since) {
    }

    public record FollowCounts(long followers, long following) {
    }

    public record Relationship(boolean following, boolean followedBy, String followingSince,
                               String followedBySince) {
    }

    private record Row(UUID userId, String username, Instant since) {
        FollowItem item() {
            return new FollowItem(username, ApiTime.format(since));
        }

        Cursor position() {
            return new Cursor(since, userId);
        }
    }

    /** Who follows {@code userId}, most recent follow first. */
    public Page<FollowItem> followers(UUID userId, PageRequest page) {
        return page("""
                select follower_id, follower_name, since from {s}.follow
                where followed_id = :user and (since, follower_id) < (:afterTime, :afterId)
                order by since desc, follower_id desc limit :fetchSize""", userId, page);
    }

    /** Whom {@code userId} follows, most recent follow first. */
    public Page<FollowItem> following(UUID userId, PageRequest page) {
        return page("""
                select followed_id, followed_name, since from {s}.follow
                where follower_id = :user and (since, followed_id) < (:afterTime, :afterId)
                order by since desc, followed_id desc limit :fetchSize""", userId, page);
    }

    private Page<FollowItem> page(String sql, UUID userId, PageRequest page) {
        List<Row> rows = page.bind(tables.sql(sql))
                .param("user", userId)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2),
                        SqlTimes.instant(rs, 3)))
                .list();
        return Page.of(rows, page, Row::position).map(Row::item);
    }

    public FollowCounts counts(UUID userId) {
        return tables.sql("select followers, following from {s}.follow_count where user_id = :user")
                .param("user", userId)
                .query((rs, n) -> new FollowCounts(rs.getLong(1), rs.getLong(2)))
                .optional()
                .orElse(new FollowCounts(0, 0));
    }

    /**
     * Whether {@code user} follows {@code other} and the reverse, each with the time it started: one statement, so
     * both directions come from one generation of the view.
     */
    public Relationship relationship(UUID user, UUID other) {
        Map<Boolean, Instant> since = tables.sql("""
                        select follower_id = :user, since from {s}.follow
                        where (follower_id = :user and followed_id = :other)
                           or (follower_id = :other and followed_id = :user)""")
                .param("user", user)
                .param("other", other)
                .query((rs, n) -> Map.entry(rs.getBoolean(1), SqlTimes.instant(rs, 2)))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Instant following = since.get(true);
        Instant followedBy = since.get(false);
        return new Relationship(following != null, followedBy != null,
                following == null ? null : ApiTime.format(following),
                followedBy == null ? null : ApiTime.format(followedBy));
    }
}
