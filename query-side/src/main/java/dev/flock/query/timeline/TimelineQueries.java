package dev.flock.query.timeline;

import dev.flock.query.api.Page;
import dev.flock.query.api.PageRequest;
import dev.flock.query.posts.PostItem;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a home timeline: one keyset range scan of the owner's entries, newest first. */
@Component
public class TimelineQueries {

    private final JdbcClient jdbc;

    TimelineQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<PostItem> page(UUID owner, PageRequest page) {
        return PostItem.page(page, page.bind(jdbc.sql("""
                        select e.post_id, u.username, p.body, e.published_at
                        from timeline_entry e
                        join timeline_post p on p.post_id = e.post_id
                        join timeline_user u on u.user_id = e.author_id
                        where e.owner_id = :owner and (e.published_at, e.post_id) < (:afterTime, :afterId)
                        order by e.published_at desc, e.post_id desc limit :fetchSize"""))
                .param("owner", owner));
    }
}
