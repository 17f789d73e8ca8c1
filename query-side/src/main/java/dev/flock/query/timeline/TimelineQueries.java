package dev.flock.query.timeline;

import dev.flock.query.api.Page;
import dev.flock.query.api.PageRequest;
import dev.flock.query.api.ProjectionSlots;
import dev.flock.query.posts.PostItem;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a home timeline: one keyset range scan of the owner's entries, newest first. */
@Component
public class TimelineQueries {

    /** The view this reads. */
    public static final String VIEW = "timeline";

    private final JdbcClient jdbc;
    private final ProjectionSlots slots;

    TimelineQueries(JdbcClient jdbc, ProjectionSlots slots) {
        this.jdbc = jdbc;
        this.slots = slots;
    }

    /** The event handler that keeps the timelines of one slot. */
    public static Object projector(JdbcClient jdbc, String schema) {
        return new TimelineProjector(jdbc, schema);
    }

    /** The order the timeline's events must be handled in (see {@link TimelineSequencingPolicy}). */
    public static SequencingPolicy<EventMessage<?>> sequencingPolicy() {
        return new TimelineSequencingPolicy();
    }

    public Page<PostItem> page(UUID owner, PageRequest page) {
        return PostItem.page(page, page.bind(jdbc.sql(ProjectionSlots.in(slots.liveSchema(VIEW), """
                        select e.post_id, u.username, p.body, e.published_at
                        from {s}.timeline_entry e
                        join {s}.timeline_post p on p.post_id = e.post_id
                        join {s}.timeline_user u on u.user_id = e.author_id
                        where e.owner_id = :owner and (e.published_at, e.post_id) < (:afterTime, :afterId)
                        order by e.published_at desc, e.post_id desc limit :fetchSize""")))
                .param("owner", owner));
    }
}
