package dev.flock.query.views.follows;

import dev.flock.query.paging.Cursor;
import dev.flock.query.paging.Page;
import dev.flock.query.paging.PageRequest;
import dev.flock.query.paging.SqlTimes;
import dev.flock.query.projection.ProjectionSlots;
import dev.flock.web.ApiTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of the follows view: follower and following lists, counts, and the relationship of two users. */
@Component
public class FollowQueries {

    /** The view this reads. */
    public static final String VIEW = "follows";

    private final JdbcClient jdbc;
    private final ProjectionSlots slots;

    FollowQueries(JdbcClient jdbc, ProjectionSlots slots) {
        this.jdbc = jdbc;
        this.slots = slots;
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
        List<Row> rows = page.bind(jdbc.sql(ProjectionSlots.in(slots.liveSchema(VIEW), sql)))
                .param("user", userId)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2),
                        SqlTimes.instant(rs, 3)))
                .list();
        return Page.of(rows, page, Row::position).map(Row::item);
    }

    public FollowCounts counts(UUID userId) {
        return jdbc.sql(ProjectionSlots.in(slots.liveSchema(VIEW),
                        "select followers, following from {s}.follow_count where user_id = :user"))
                .param("user", userId)
                .query((rs, n) -> new FollowCounts(rs.getLong(1), rs.getLong(2)))
                .optional()
                .orElse(new FollowCounts(0, 0));
    }

    /** Whether {@code user} follows {@code other} and the reverse, each with the time it started. */
    public Relationship relationship(UUID user, UUID other) {
        String schema = slots.liveSchema(VIEW);
        Optional<Instant> following = since(schema, user, other);
        Optional<Instant> followedBy = since(schema, other, user);
        return new Relationship(following.isPresent(), followedBy.isPresent(),
                following.map(ApiTime::format).orElse(null), followedBy.map(ApiTime::format).orElse(null));
    }

    private Optional<Instant> since(String schema, UUID follower, UUID followed) {
        return jdbc.sql(ProjectionSlots.in(schema,
                        "select since from {s}.follow where follower_id = :follower and followed_id = :followed"))
                .param("follower", follower)
                .param("followed", followed)
                .query((rs, n) -> SqlTimes.instant(rs, 1))
                .optional();
    }
}
