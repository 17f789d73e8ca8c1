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
 * <p>Hybrid for celebrities: once an author has more than {@code celebrityFollowers} followers they are marked a
 * celebrity for good, the copies of their posts in other timelines are deleted, and their posts are no longer
 * copied (nor backfilled, nor removed on unfollow); {@link TimelineQueries#page} merges them in at read time. So a
 * post by an author with 50,000 followers costs one row instead of 50,001, and every timeline stays exact: a post
 * is read from the copies if its author is not a celebrity (or is the owner), from the author's posts if they are.
 *
 * <p>The group keeps its own copies of users, posts and the follow graph, and {@link TimelineSequencingPolicy}
 * orders everything by the followed author, so a fan-out and a backfill of one author never race. Every
 * statement is idempotent ({@code ON CONFLICT DO NOTHING}, deletes), so a redelivered event changes nothing.
 */
class TimelineProjector {

    private final JdbcClient jdbc;
    private final String schema;
    private final int celebrityFollowers;

    TimelineProjector(JdbcClient jdbc, String schema, int celebrityFollowers) {
        this.jdbc = jdbc;
        this.schema = schema;
        this.celebrityFollowers = celebrityFollowers;
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
                        select f.follower_id, :at, :post, :author from {s}.timeline_follow f
                        where f.followed_id = :author
                          and not exists (select 1 from {s}.timeline_user c where c.user_id = :author and c.celebrity)
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
        int added = sql("insert into {s}.timeline_follow (followed_id, follower_id) values (:followed, :follower) "
                        + "on conflict do nothing")
                .param("followed", followed)
                .param("follower", follower)
                .update();
        if (added == 0) {
            return; // handled before
        }
        Author author = countFollower(followed, +1);
        if (author.celebrity()) {
            return; // read at read time
        }
        if (author.followers() > celebrityFollowers) {
            becomeCelebrity(followed);
            return;
        }
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
        int removed = sql("delete from {s}.timeline_follow where followed_id = :followed and follower_id = :follower")
                .param("followed", followed)
                .param("follower", follower)
                .update();
        if (removed == 0 || countFollower(followed, -1).celebrity()) {
            return; // handled before, or nothing of a celebrity was copied
        }
        // Through the author's posts: each entry is found by its primary key, no index on (owner, author) needed.
        sql("""
                        delete from {s}.timeline_entry e using {s}.timeline_post p
                        where p.author_id = :followed and e.owner_id = :follower
                          and e.published_at = p.published_at and e.post_id = p.post_id""")
                .param("follower", follower)
                .param("followed", followed)
                .update();
    }

    /** An author's follower count and celebrity mark, after adding {@code change} to the count. */
    private record Author(int followers, boolean celebrity) {
    }

    private Author countFollower(UUID author, int change) {
        return sql("""
                        update {s}.timeline_user set followers = followers + :change where user_id = :author
                        returning followers, celebrity""")
                .param("change", change)
                .param("author", author)
                .query((rs, row) -> new Author(rs.getInt(1), rs.getBoolean(2)))
                .optional()
                .orElse(new Author(0, false));
    }

    /** From now on the author's posts are read, not copied: the copies in other timelines go. */
    private void becomeCelebrity(UUID author) {
        sql("update {s}.timeline_user set celebrity = true where user_id = :author")
                .param("author", author)
                .update();
        sql("""
                        delete from {s}.timeline_entry e using {s}.timeline_post p
                        where p.author_id = :author and e.post_id = p.post_id and e.published_at = p.published_at
                          and e.owner_id <> :author""")
                .param("author", author)
                .update();
    }

    @ResetHandler
    void reset() {
        sql("truncate table {s}.timeline_entry, {s}.timeline_follow, {s}.timeline_post, {s}.timeline_user").update();
    }
}
