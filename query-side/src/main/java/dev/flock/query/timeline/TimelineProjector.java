package dev.flock.query.timeline;

import dev.flock.events.PostPublished;
import dev.flock.events.UserFollowed;
import dev.flock.events.UserRegistered;
import dev.flock.events.UserUnfollowed;
import dev.flock.query.api.ProjectionSlots;
import dev.flock.query.api.SqlTimes;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The home timeline of one slot ({@code timeline_a} or {@code timeline_b}), fanned out on write into
 * {@code timeline_entry}: a post goes to its author's timeline and to
 * each current follower's; a follow brings all the followed author's earlier posts into the follower's timeline,
 * an unfollow takes them out. Each is one set-based statement.
 *
 * <p>The group keeps its own copies of users, posts and the follow graph, and {@link TimelineSequencingPolicy}
 * orders everything by the followed author, so a fan-out and a backfill of one author never race. Every
 * statement is idempotent ({@code ON CONFLICT DO NOTHING}, deletes), so a redelivered event changes nothing.
 */
class TimelineProjector {

    private final JdbcClient jdbc;
    private final String schema;

    TimelineProjector(JdbcClient jdbc, String schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    /** The statement with this slot's schema. */
    private JdbcClient.StatementSpec sql(String text) {
        return jdbc.sql(ProjectionSlots.in(schema, text));
    }

    @EventHandler
    void on(UserRegistered event) {
        sql("insert into {s}.timeline_user (user_id, username) values (:id, :username) on conflict do nothing")
                .param("id", UUID.fromString(event.userId()))
                .param("username", event.username())
                .update();
    }

    @EventHandler
    void on(PostPublished event, @Timestamp Instant publishedAt) {
        UUID post = UUID.fromString(event.postId());
        UUID author = UUID.fromString(event.authorId());
        OffsetDateTime at = SqlTimes.utc(publishedAt);
        sql("""
                        insert into {s}.timeline_post (post_id, author_id, published_at, body)
                        values (:post, :author, :at, :body)
                        on conflict do nothing""")
                .param("post", post)
                .param("author", author)
                .param("at", at)
                .param("body", event.body())
                .update();
        sql("""
                        insert into {s}.timeline_entry (owner_id, published_at, post_id, author_id)
                        select :author, :at, :post, :author
                        union all
                        select follower_id, :at, :post, :author from {s}.timeline_follow where followed_id = :author
                        on conflict do nothing""")
                .param("post", post)
                .param("author", author)
                .param("at", at)
                .update();
    }

    @EventHandler
    void on(UserFollowed event) {
        UUID follower = UUID.fromString(event.followerId());
        UUID followed = UUID.fromString(event.followedId());
        sql("insert into {s}.timeline_follow (followed_id, follower_id) values (:followed, :follower) "
                        + "on conflict do nothing")
                .param("followed", followed)
                .param("follower", follower)
                .update();
        sql("""
                        insert into {s}.timeline_entry (owner_id, published_at, post_id, author_id)
                        select :follower, published_at, post_id, author_id
                        from {s}.timeline_post where author_id = :followed
                        on conflict do nothing""")
                .param("follower", follower)
                .param("followed", followed)
                .update();
    }

    @EventHandler
    void on(UserUnfollowed event) {
        UUID follower = UUID.fromString(event.followerId());
        UUID followed = UUID.fromString(event.followedId());
        sql("delete from {s}.timeline_follow where followed_id = :followed and follower_id = :follower")
                .param("followed", followed)
                .param("follower", follower)
                .update();
        // Through the author's posts: each entry is found by its primary key, no index on (owner, author) needed.
        sql("""
                        delete from {s}.timeline_entry e using {s}.timeline_post p
                        where p.author_id = :followed and e.owner_id = :follower
                          and e.published_at = p.published_at and e.post_id = p.post_id""")
                .param("follower", follower)
                .param("followed", followed)
                .update();
    }

    @ResetHandler
    void reset() {
        sql("truncate table {s}.timeline_entry, {s}.timeline_follow, {s}.timeline_post, {s}.timeline_user").update();
    }
}
