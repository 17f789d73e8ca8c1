package dev.flock.query.posts;

import dev.flock.events.PostPublished;
import dev.flock.events.UserRegistered;
import dev.flock.query.api.SqlTimes;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Folds posts into {@code post}, with authors' names in {@code post_author} and a {@code post_count} that moves
 * only when a post row is really inserted. Sequenced per author (Axon's default), so an author's registration is
 * always handled before their posts.
 */
@Component
@ProcessingGroup(PostsProjector.GROUP)
class PostsProjector {

    static final String GROUP = "posts";

    private final JdbcClient jdbc;

    PostsProjector(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(UserRegistered event) {
        jdbc.sql("insert into post_author (user_id, username) values (:id, :username) on conflict do nothing")
                .param("id", UUID.fromString(event.userId()))
                .param("username", event.username())
                .update();
    }

    @EventHandler
    void on(PostPublished event, @Timestamp Instant publishedAt) {
        UUID author = UUID.fromString(event.authorId());
        int inserted = jdbc.sql("""
                        insert into post (post_id, author_id, body, published_at)
                        values (:post, :author, :body, :at)
                        on conflict do nothing""")
                .param("post", UUID.fromString(event.postId()))
                .param("author", author)
                .param("body", event.body())
                .param("at", SqlTimes.utc(publishedAt))
                .update();
        if (inserted == 1) {
            jdbc.sql("""
                            insert into post_count (user_id, posts) values (:author, 1)
                            on conflict (user_id) do update set posts = post_count.posts + 1""")
                    .param("author", author)
                    .update();
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("truncate table post, post_author, post_count").update();
    }
}
