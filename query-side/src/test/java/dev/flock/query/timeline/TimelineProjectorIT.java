package dev.flock.query.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.events.PostPublished;
import dev.flock.events.UserFollowed;
import dev.flock.events.UserRegistered;
import dev.flock.events.UserUnfollowed;
import dev.flock.query.api.Cursor;
import dev.flock.query.api.PageRequest;
import dev.flock.query.api.ProjectionSlots;
import dev.flock.query.profile.Profiles;
import dev.flock.query.posts.PostItem;
import dev.flock.query.support.FlockSystemTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The timeline projector's handlers called directly against PostgreSQL, each event delivered twice as after a
 * crash: fan-out, backfill and removal are exact and idempotent, and a reset clears only the timeline's tables.
 */
@FlockSystemTest
@TestPropertySource(properties = "flock.test.context=own") // its reset empties the timeline: no shared context
class TimelineProjectorIT {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00.000Z");

    @Autowired
    ProjectionSlots slots;
    /** The projector of the live slot, which the queries read. */
    TimelineProjector projector;
    @Autowired
    TimelineQueries timelines;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    private final String ann = UUID.randomUUID().toString();
    private final String ben = UUID.randomUUID().toString();
    private final String cat = UUID.randomUUID().toString();

    @BeforeEach
    void registerThree() {
        projector = new TimelineProjector(jdbc, slots.liveSchema(TimelineQueries.VIEW), Integer.MAX_VALUE);
        twice(() -> {
            projector.on(new UserRegistered(ann, "ann_" + ann.substring(0, 8), "a@example.com"));
            projector.on(new UserRegistered(ben, "ben_" + ben.substring(0, 8), "b@example.com"));
            projector.on(new UserRegistered(cat, "cat_" + cat.substring(0, 8), "c@example.com"));
        });
    }

    @Test
    void aPostReachesItsAuthorAndEveryCurrentFollowerOnce() {
        twice(() -> projector.on(new UserFollowed(ann, ben, "ann", "ben")));
        twice(() -> projector.on(new UserFollowed(cat, ben, "cat", "ben")));
        String post = UUID.randomUUID().toString();
        twice(() -> projector.on(new PostPublished(post, ben, "hello"), T0));

        assertThat(ids(ann)).containsExactly(post);
        assertThat(ids(ben)).containsExactly(post);
        assertThat(ids(cat)).containsExactly(post);
    }

    @Test
    void followingBringsInEarlierPostsAndUnfollowingTakesThemOut() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String own = UUID.randomUUID().toString();
        twice(() -> projector.on(new PostPublished(first, ben, "first"), T0));
        twice(() -> projector.on(new PostPublished(second, ben, "second"), T0.plusSeconds(1)));
        twice(() -> projector.on(new PostPublished(own, ann, "mine"), T0.plusSeconds(2)));

        twice(() -> projector.on(new UserFollowed(ann, ben, "ann", "ben")));
        assertThat(ids(ann)).containsExactly(own, second, first);

        twice(() -> projector.on(new UserUnfollowed(ann, ben)));
        assertThat(ids(ann)).containsExactly(own);
        assertThat(ids(ben)).containsExactly(second, first);
    }

    @Test
    void postsAtTheSameMillisecondAreOrderedByIdDescending() {
        List<String> posts = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        posts.forEach(post -> twice(() -> projector.on(new PostPublished(post, cat, post), T0)));

        assertThat(ids(cat)).containsExactlyElementsOf(posts.stream().sorted(java.util.Comparator.reverseOrder())
                .toList());
    }

    @Test
    void aCelebritysPostsAreReadNotCopiedAndEveryTimelineStaysExact() {
        projector = new TimelineProjector(jdbc, slots.liveSchema(TimelineQueries.VIEW), 1);
        String early = UUID.randomUUID().toString();
        String own = UUID.randomUUID().toString();
        twice(() -> projector.on(new PostPublished(early, ben, "early"), T0));
        twice(() -> projector.on(new PostPublished(own, ann, "mine"), T0.plusSeconds(1)));
        twice(() -> projector.on(new UserFollowed(ann, ben, "ann", "ben")));
        assertThat(copiesOf(early)).as("one follower: still copied").isEqualTo(2);

        twice(() -> projector.on(new UserFollowed(cat, ben, "cat", "ben")));
        assertThat(copiesOf(early)).as("two followers: a celebrity, copies gone but the author's").isEqualTo(1);
        String late = UUID.randomUUID().toString();
        twice(() -> projector.on(new PostPublished(late, ben, "late"), T0.plusSeconds(2)));
        assertThat(copiesOf(late)).as("not copied any more").isEqualTo(1);

        assertThat(ids(ann)).containsExactly(late, own, early);
        assertThat(pageByPage(ann)).containsExactly(late, own, early);
        assertThat(ids(cat)).containsExactly(late, early);
        assertThat(ids(ben)).containsExactly(late, early);

        twice(() -> projector.on(new UserUnfollowed(cat, ben)));
        assertThat(ids(cat)).isEmpty();
        twice(() -> projector.on(new UserUnfollowed(ann, ben)));
        assertThat(ids(ann)).as("a celebrity stays one with fewer followers").containsExactly(own);
        twice(() -> projector.on(new UserFollowed(ann, ben, "ann", "ben")));
        assertThat(ids(ann)).containsExactly(late, own, early);
        assertThat(copiesOf(late)).isEqualTo(1);
    }

    @Test
    void aResetClearsTheTimelineTablesAndNothingElse() {
        long profilesBefore = count(slots.liveSchema(Profiles.VIEW) + ".profile");
        twice(() -> projector.on(new PostPublished(UUID.randomUUID().toString(), ann, "x"), T0));

        transactions.executeWithoutResult(tx -> projector.reset());

        String timeline = slots.liveSchema(TimelineQueries.VIEW);
        assertThat(count(timeline + ".timeline_entry") + count(timeline + ".timeline_post")
                + count(timeline + ".timeline_user") + count(timeline + ".timeline_follow")).isZero();
        assertThat(count(slots.liveSchema(Profiles.VIEW) + ".profile")).isEqualTo(profilesBefore);
    }

    private List<String> ids(String owner) {
        return timelines.page(UUID.fromString(owner), new PageRequest(100, Cursor.START)).items().stream()
                .map(PostItem::id).toList();
    }

    /** A timeline read one item per page, following the cursors. */
    private List<String> pageByPage(String owner) {
        List<String> ids = new java.util.ArrayList<>();
        Cursor after = Cursor.START;
        while (true) {
            List<PostItem> items = timelines.page(UUID.fromString(owner), new PageRequest(1, after)).items();
            if (items.isEmpty()) {
                return ids;
            }
            ids.add(items.get(0).id());
            after = new Cursor(Instant.parse(items.get(0).publishedAt()), UUID.fromString(items.get(0).id()));
        }
    }

    private long copiesOf(String post) {
        return jdbc.sql("select count(*) from " + slots.liveSchema(TimelineQueries.VIEW)
                        + ".timeline_entry where post_id = :post")
                .param("post", UUID.fromString(post)).query(Long.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** Delivers the same events twice, each time in its own transaction, as a redelivery after a crash would. */
    private void twice(Runnable delivery) {
        transactions.executeWithoutResult(tx -> delivery.run());
        transactions.executeWithoutResult(tx -> delivery.run());
    }
}
