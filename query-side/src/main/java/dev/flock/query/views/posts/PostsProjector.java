package dev.flock.query.views.posts;

import dev.flock.events.AccountDeleted;
import dev.flock.events.PostDeleted;
import dev.flock.events.PostPublished;
import dev.flock.events.UserRegistered;
import dev.flock.query.paging.SqlTimes;
import dev.flock.query.projection.ProjectionSlots;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Folds posts into {@code post} of one slot ({@code posts_a} or {@code posts_b}), with authors' names in
 * {@code post_author} and a {@code post_count} that moves only when a post row is really inserted or deleted.
 * Sequenced per author (Axon's default), so an author's registration is handled before their posts, and a post
 * before its deletion.
 */
class PostsProjector {

    private final JdbcClient jdbc;
    private final String schema;

    PostsProjector(JdbcClient jdbc, String schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    @EventHandler
    void on(UserRegistered event) {
        jdbc.sql(ProjectionSlots.in(schema,
                        """
                        insert into {s}.post_author (user_id, username) values (:id, :username)
                        on conflict do nothing"""))
                .param("id", UUID.fromString(event.userId()))
                .param("username", event.username())
                .update();
    }

    @EventHandler
    void on(PostPublished event, @Timestamp Instant publishedAt) {
        UUID author = UUID.fromString(event.authorId());
        int inserted = jdbc.sql(ProjectionSlots.in(schema, """
                        insert into {s}.post (post_id, author_id, body, published_at)
                        values (:post, :author, :body, :at)
                        on conflict do nothing"""))
                .param("post", UUID.fromString(event.postId()))
                .param("author", author)
                .param("body", event.body())
                .param("at", SqlTimes.utc(publishedAt))
                .update();
        if (inserted == 1) {
            jdbc.sql(ProjectionSlots.in(schema, """
                            insert into {s}.post_count as c (user_id, posts) values (:author, 1)
                            on conflict (user_id) do update set posts = c.posts + 1"""))
                    .param("author", author)
                    .update();
        }
    }

    /** The post leaves the view; the count moves only if its row was there. */
    @EventHandler
    void on(PostDeleted event) {
        jdbc.sql(ProjectionSlots.in(schema, """
                        with gone as (delete from {s}.post where post_id = :post returning author_id)
                        update {s}.post_count c set posts = c.posts - 1
                        from gone where c.user_id = gone.author_id"""))
                .param("post", UUID.fromString(event.postId()))
                .update();
    }

    /** The author's posts, their count and their name leave the view. */
    @EventHandler
    void on(AccountDeleted event) {
        jdbc.sql(ProjectionSlots.in(schema, """
                        with posts as (delete from {s}.post where author_id = :author),
                        counts as (delete from {s}.post_count where user_id = :author)
                        delete from {s}.post_author where user_id = :author"""))
                .param("author", UUID.fromString(event.userId()))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql(ProjectionSlots.in(schema, "truncate table {s}.post, {s}.post_author, {s}.post_count")).update();
    }
}
