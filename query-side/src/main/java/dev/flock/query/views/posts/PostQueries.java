package dev.flock.query.views.posts;

import dev.flock.query.paging.Page;
import dev.flock.query.paging.PageRequest;
import dev.flock.query.projection.LiveTables;
import dev.flock.query.projection.ProjectionSlots;
import dev.flock.query.views.PostItem;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Reads of the posts view: an author's posts, newest first, and their count. */
@Component
public class PostQueries {

    /** The view this reads. */
    public static final String VIEW = "posts";

    private final LiveTables tables;

    PostQueries(ProjectionSlots slots) {
        this.tables = slots.liveTables(VIEW);
    }

    public Page<PostItem> byAuthor(UUID author, PageRequest page) {
        return PostItem.page(page, page.bind(tables.sql("""
                        select p.post_id, a.username, p.body, p.published_at
                        from {s}.post p join {s}.post_author a on a.user_id = p.author_id
                        where p.author_id = :author and (p.published_at, p.post_id) < (:afterTime, :afterId)
                        order by p.published_at desc, p.post_id desc limit :fetchSize"""))
                .param("author", author));
    }

    /** One post, if {@code author} published it. */
    public Optional<PostItem> find(UUID author, UUID post) {
        return tables.sql("""
                        select p.post_id, a.username, p.body, p.published_at
                        from {s}.post p join {s}.post_author a on a.user_id = p.author_id
                        where p.post_id = :post and p.author_id = :author""")
                .param("post", post)
                .param("author", author)
                .query(PostItem.Row::read)
                .optional()
                .map(PostItem.Row::item);
    }

    public long count(UUID author) {
        return tables.sql("select posts from {s}.post_count where user_id = :author")
                .param("author", author)
                .query(Long.class).optional().orElse(0L);
    }
}
