package dev.flock.query.timeline;

import dev.flock.query.api.Page;
import dev.flock.query.api.PageRequest;
import dev.flock.query.api.SqlTimes;
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
        return Page.of(jdbc.sql("""
                                select e.post_id, u.username, p.body, e.published_at
                                from timeline_entry e
                                join timeline_post p on p.post_id = e.post_id
                                join timeline_user u on u.user_id = e.author_id
                                where e.owner_id = :owner and (e.published_at, e.post_id) < (:at, :id)
                                order by e.published_at desc, e.post_id desc limit :limit""")
                        .param("owner", owner)
                        .param("at", SqlTimes.utc(page.after().time()))
                        .param("id", page.after().id())
                        .param("limit", page.fetchSize())
                        .query(PostItem.Row::read)
                        .list(), page, PostItem.Row::position)
                .map(PostItem.Row::item);
    }
}
