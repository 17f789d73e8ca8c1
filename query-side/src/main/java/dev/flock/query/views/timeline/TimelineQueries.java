package dev.flock.query.views.timeline;

import dev.flock.query.paging.Page;
import dev.flock.query.paging.PageRequest;
import dev.flock.query.projection.LiveTables;
import dev.flock.query.projection.ProjectionSlots;
import dev.flock.query.views.PostItem;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reads a home timeline: a keyset range of the owner's entries, merged with the posts of the celebrities the owner
 * follows and does not mute, newest first.
 */
@Component
public class TimelineQueries {

    /** The view this reads. */
    public static final String VIEW = "timeline";

    /**
     * One page of a timeline, in the slot {@code {s}}, for {@code :owner}, after {@code (:afterTime, :afterId)},
     * {@code :fetchSize} rows. The statement the API runs, and the one the benchmark compares against raw SQL.
     */
    public static final String PAGE = """
            select post_id, username, body, published_at from (
                (select e.post_id, u.username, p.body, e.published_at
                 from {s}.timeline_entry e
                 join {s}.timeline_post p on p.post_id = e.post_id
                 join {s}.timeline_user u on u.user_id = e.author_id
                 where e.owner_id = :owner and (e.published_at, e.post_id) < (:afterTime, :afterId)
                 order by e.published_at desc, e.post_id desc limit :fetchSize)
                union all
                (select c.post_id, celebrity.username, c.body, c.published_at
                 from {s}.timeline_user celebrity
                 join {s}.timeline_follow f
                   on f.followed_id = celebrity.user_id and f.follower_id = :owner
                 cross join lateral (
                     select cp.post_id, cp.body, cp.published_at from {s}.timeline_post cp
                     where cp.author_id = celebrity.user_id
                       and (cp.published_at, cp.post_id) < (:afterTime, :afterId)
                     order by cp.published_at desc, cp.post_id desc limit :fetchSize) c
                 where celebrity.celebrity
                   and not exists (select 1 from {s}.timeline_mute m
                                   where m.muted_id = celebrity.user_id and m.muter_id = :owner))
            ) page
            order by published_at desc, post_id desc limit :fetchSize""";

    private final LiveTables tables;

    TimelineQueries(ProjectionSlots slots) {
        this.tables = slots.liveTables(VIEW);
    }

    /**
     * One page of the owner's timeline: the keyset range of their copied entries, merged with the same range of
     * the posts of each celebrity they follow (one index range per celebrity, found through the few celebrities'
     * partial index). The two never overlap: celebrities' posts are never copied into others' timelines. Each
     * branch is complete on its own (body and author name joined inside it), so the plan PostgreSQL caches for the
     * prepared statement stays a handful of index lookups whatever the page size.
     */
    public Page<PostItem> page(UUID owner, PageRequest page) {
        return PostItem.page(page, page.bind(tables.sql(PAGE))
                .param("owner", owner));
    }
}
