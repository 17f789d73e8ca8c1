package dev.flock.query.posts;

import dev.flock.query.api.Page;
import dev.flock.query.api.PageRequest;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of the posts view: an author's posts, newest first, and their count. */
@Component
public class PostQueries {

    /** The processing group whose view this reads. */
    public static final String GROUP = PostsProjector.GROUP;

    private final JdbcClient jdbc;

    PostQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<PostItem> byAuthor(UUID author, PageRequest page) {
        return PostItem.page(page, page.bind(jdbc.sql("""
                        select p.post_id, a.username, p.body, p.published_at
                        from post p join post_author a on a.user_id = p.author_id
                        where p.author_id = :author and (p.published_at, p.post_id) < (:afterTime, :afterId)
                        order by p.published_at desc, p.post_id desc limit :fetchSize"""))
                .param("author", author));
    }

    /** One post, if {@code author} published it. */
    public Optional<PostItem> find(UUID author, UUID post) {
        return jdbc.sql("""
                        select p.post_id, a.username, p.body, p.published_at
                        from post p join post_author a on a.user_id = p.author_id
                        where p.post_id = :post and p.author_id = :author""")
                .param("post", post)
                .param("author", author)
                .query(PostItem.Row::read)
                .optional()
                .map(PostItem.Row::item);
    }

    public long count(UUID author) {
        return jdbc.sql("select posts from post_count where user_id = :author")
                .param("author", author)
                .query(Long.class).optional().orElse(0L);
    }
}
