package dev.flock.query.views.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flock.events.FollowRequestApproved;
import dev.flock.events.FollowerRemoved;
import dev.flock.events.PostDeleted;
import dev.flock.events.PostPublished;
import dev.flock.events.UserFollowed;
import dev.flock.events.UserMuted;
import dev.flock.events.UserRegistered;
import dev.flock.events.UserUnfollowed;
import dev.flock.events.UserUnmuted;
import dev.flock.query.paging.Cursor;
import dev.flock.query.paging.PageRequest;
import dev.flock.query.projection.ProjectionSlots;
import dev.flock.query.support.ViewSlice;
import dev.flock.query.views.PostItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The timeline projector's handlers called directly against PostgreSQL, each event delivered twice as after a
 * crash: fan-out, backfill and removal are exact and idempotent, and a reset clears only the timeline's tables.
 */
@SpringJUnitConfig({ViewSlice.class, TimelineViewConfiguration.class, TimelineQueries.class})
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
    void aMuteTakesTheAuthorsPostsOutKeepsNewOnesOutAndAnUnmuteBringsThemAllBack() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        twice(() -> projector.on(new PostPublished(first, ben, "first"), T0));
        twice(() -> projector.on(new UserFollowed(ann, ben, "ann", "ben")));
        twice(() -> projector.on(new UserMuted(ann, ben, "ben", null)));
        assertThat(ids(ann)).isEmpty();
        twice(() -> projector.on(new PostPublished(second, ben, "second"), T0.plusSeconds(1)));
        assertThat(ids(ann)).as("a new post of a muted author").isEmpty();
        assertThat(ids(ben)).containsExactly(second, first);

        twice(() -> projector.on(new UserUnmuted(ann, ben, UserUnmuted.Reason.EXPIRED)));
        assertThat(ids(ann)).containsExactly(second, first);
    }

    @Test
    void aMutedAuthorIsNotBackfilledOnFollowAndAnUnmuteOfSomeoneNotFollowedBringsNothing() {
        String post = UUID.randomUUID().toString();
        twice(() -> projector.on(new PostPublished(post, ben, "hi"), T0));
        twice(() -> projector.on(new UserMuted(ann, ben, "ben", 60L)));
        twice(() -> projector.on(new FollowRequestApproved(ben, ann, "ben", "ann")));
        assertThat(ids(ann)).isEmpty();
        twice(() -> projector.on(new FollowerRemoved(ben, ann)));
        twice(() -> projector.on(new UserUnmuted(ann, ben, UserUnmuted.Reason.UNMUTED)));
        assertThat(ids(ann)).as("no longer following").isEmpty();
    }

    @Test
    void aMutedCelebrityIsLeftOutOfThePage() {
        projector = new TimelineProjector(jdbc, slots.liveSchema(TimelineQueries.VIEW), 1);
        String post = UUID.randomUUID().toString();
        twice(() -> projector.on(new PostPublished(post, ben, "famous"), T0));
        twice(() -> projector.on(new UserFollowed(ann, ben, "ann", "ben")));
        twice(() -> projector.on(new UserFollowed(cat, ben, "cat", "ben")));
        assertThat(ids(ann)).containsExactly(post);
        twice(() -> projector.on(new UserMuted(ann, ben, "ben", null)));
        assertThat(ids(ann)).isEmpty();
        assertThat(ids(cat)).containsExactly(post);
        twice(() -> projector.on(new UserUnmuted(ann, ben, UserUnmuted.Reason.UNMUTED)));
        assertThat(ids(ann)).containsExactly(post);
    }

    @Test
    void aDeletedPostLeavesEveryTimeline() {
        String kept = UUID.randomUUID().toString();
        String gone = UUID.randomUUID().toString();
        twice(() -> projector.on(new UserFollowed(ann, ben, "ann", "ben")));
        twice(() -> projector.on(new UserFollowed(cat, ben, "cat", "ben")));
        twice(() -> projector.on(new PostPublished(kept, ben, "kept"), T0));
        twice(() -> projector.on(new PostPublished(gone, ben, "gone"), T0.plusSeconds(1)));
        twice(() -> projector.on(new PostDeleted(gone, ben)));
        assertThat(ids(ann)).containsExactly(kept);
        assertThat(ids(ben)).containsExactly(kept);
        assertThat(ids(cat)).containsExactly(kept);
        assertThat(copiesOf(gone)).isZero();
    }

    @Test
    void aResetClearsItsSlotsTimelineTablesAndNothingElse() {
        TimelineProjector otherSlot = new TimelineProjector(jdbc, otherSchema(), Integer.MAX_VALUE);
        twice(() -> otherSlot.on(new UserRegistered(ann, "ann", "a@example.com")));
        long otherBefore = count(otherSchema() + ".timeline_user");
        twice(() -> projector.on(new PostPublished(UUID.randomUUID().toString(), ann, "x"), T0));

        transactions.executeWithoutResult(tx -> projector.reset());

        String timeline = slots.liveSchema(TimelineQueries.VIEW);
        assertThat(count(timeline + ".timeline_entry") + count(timeline + ".timeline_post")
                + count(timeline + ".timeline_user") + count(timeline + ".timeline_follow")).isZero();
        assertThat(count(otherSchema() + ".timeline_user")).isEqualTo(otherBefore).isPositive();
    }

    /**
     * Hundreds of random registrations, follows, unfollows, posts and redeliveries, with a celebrity threshold of 3
     * so authors become celebrities mid-batch: written one at a time into the live slot and in processor batches
     * of random sizes (runs of one kind in one statement) into the other slot, the two slots hold the same rows.
     */
    @Test
    void aBatchWritesExactlyWhatItsEventsOneAtATimeWould() {
        String live = slots.liveSchema(TimelineQueries.VIEW);
        String other = otherSchema();
        TimelineProjector oneAtATime = new TimelineProjector(jdbc, live, 3);
        TimelineProjector batched = new TimelineProjector(jdbc, other, 3);
        transactions.executeWithoutResult(tx -> {
            oneAtATime.reset();
            batched.reset();
        });
        List<EventMessage<?>> story = randomStory(new Random(2026), 14, 900);

        transactions.executeWithoutResult(tx -> story.forEach(event -> deliver(oneAtATime, event)));
        Random sizes = new Random(7);
        List<Boolean> deferred = new ArrayList<>();
        for (int from = 0; from < story.size(); ) {
            int to = Math.min(story.size(), from + 1 + sizes.nextInt(120));
            List<EventMessage<?>> batch = story.subList(from, to);
            transactions.executeWithoutResult(tx -> inBatch(batch, event -> {
                deferred.add(batched.defers(event));
                deliver(batched, event);
            }));
            from = to;
        }

        assertThat(deferred).as("every event of a batch is deferred to the batch's end").containsOnly(true);
        for (String table : List.of("timeline_user", "timeline_post", "timeline_follow", "timeline_entry",
                "timeline_mute")) {
            assertThat(rows(other + "." + table)).as(table).isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(rows(live + "." + table));
        }
        assertThat(count(live + ".timeline_user where celebrity")).as("celebrities made on the way").isPositive();
    }

    /**
     * A batch whose statements fail (a constraint stands in for a poison event) rolls back; tried again, its events
     * are handled one at a time, so the failure comes from the poison's own handler (where a savepoint and the
     * dead-letter queue can isolate it), and later batches are set-based again.
     */
    @Test
    void aFailedBatchIsHandledOneEventAtATimeWhenTriedAgain() {
        String schema = slots.liveSchema(TimelineQueries.VIEW);
        jdbc.sql("alter table " + schema + ".timeline_post add constraint no_poison check (body <> 'poison pill')")
                .update();
        try {
            List<EventMessage<?>> batch = List.of(
                    tracked(1_000, new PostPublished(UUID.randomUUID().toString(), ann, "fine"), T0),
                    tracked(1_001, new PostPublished(UUID.randomUUID().toString(), ann, "poison pill"), T0),
                    tracked(1_002, new PostPublished(UUID.randomUUID().toString(), ann, "fine too"), T0));
            List<String> failedIn = new ArrayList<>();
            Runnable attempt = () -> transactions.executeWithoutResult(tx -> inBatch(batch, event -> {
                try {
                    deliver(projector, event);
                } catch (RuntimeException e) {
                    failedIn.add(((PostPublished) event.getPayload()).body());
                    throw e;
                }
            }));

            assertThatThrownBy(attempt::run).hasStackTraceContaining("no_poison");
            assertThat(failedIn).as("the first attempt fails at the batch's end, in no handler").isEmpty();
            assertThatThrownBy(attempt::run).hasStackTraceContaining("no_poison");
            assertThat(failedIn).as("the second attempt fails in the poison's handler").containsExactly("poison pill");
            assertThat(ids(ann)).as("both attempts rolled back").isEmpty();

            List<Boolean> deferred = new ArrayList<>();
            inBatch(List.of(tracked(1_002, new UserUnfollowed(ann, ben), T0),
                    tracked(1_003, new UserUnfollowed(ann, ben), T0)), event -> deferred.add(projector.defers(event)));
            assertThat(deferred).as("set-based again after the failed batch").containsExactly(false, true);
        } finally {
            jdbc.sql("alter table " + schema + ".timeline_post drop constraint no_poison").update();
        }
    }

    /**
     * Registrations, then follows (or approvals), unfollows (or removals), mutes, unmutes, posts and deletions as
     * the aggregates allow them, some redelivered.
     */
    private static List<EventMessage<?>> randomStory(Random random, int users, int events) {
        List<String> ids = new ArrayList<>();
        List<EventMessage<?>> story = new ArrayList<>();
        java.util.Set<String> follows = new java.util.HashSet<>();
        java.util.Set<String> mutes = new java.util.HashSet<>();
        List<PostPublished> published = new ArrayList<>();
        Instant at = T0;
        while (story.size() < events) {
            at = at.plusMillis(random.nextInt(3)); // some posts at the same millisecond
            int roll = random.nextInt(10);
            Object event;
            if (ids.size() < 2 || (ids.size() < users && roll == 0)) {
                String id = UUID.randomUUID().toString();
                ids.add(id);
                event = new UserRegistered(id, "u" + ids.size() + "_" + id.substring(0, 6),
                        ids.size() + "@example.com");
            } else {
                String me = ids.get(random.nextInt(ids.size()));
                String them = ids.get(random.nextInt(ids.size()));
                if (roll < 3) {
                    PostPublished post = new PostPublished(UUID.randomUUID().toString(), me, "post " + story.size());
                    published.add(post);
                    event = post;
                } else if (roll == 3 && !published.isEmpty()) {
                    PostPublished post = published.remove(random.nextInt(published.size()));
                    event = new PostDeleted(post.postId(), post.authorId());
                } else if (me.equals(them)) {
                    continue;
                } else if (roll == 4 && mutes.add(me + them)) {
                    event = new UserMuted(me, them, "them", null);
                } else if (roll == 4) {
                    mutes.remove(me + them);
                    event = new UserUnmuted(me, them, UserUnmuted.Reason.UNMUTED);
                } else if (follows.add(me + them)) {
                    event = random.nextBoolean() ? new UserFollowed(me, them, "me", "them")
                            : new FollowRequestApproved(them, me, "them", "me");
                } else {
                    follows.remove(me + them);
                    event = random.nextBoolean() ? new UserUnfollowed(me, them) : new FollowerRemoved(them, me);
                }
            }
            story.add(tracked(story.size(), event, at));
            if (random.nextInt(20) == 0) {
                story.add(tracked(story.size(), event, at)); // a redelivery
            }
        }
        return story;
    }

    private static EventMessage<?> tracked(long position, Object payload, Instant at) {
        return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position),
                new GenericEventMessage<>(new GenericMessage<>(payload), () -> at));
    }

    /** Runs the handling of each event in one unit of work for the batch, as a pooled processor does. */
    private static void inBatch(List<EventMessage<?>> batch, java.util.function.Consumer<EventMessage<?>> handling) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        var result = unitOfWork.executeWithResult(() -> {
            handling.accept(unitOfWork.getMessage());
            return null;
        });
        if (result.isExceptional()) {
            throw new IllegalStateException("the batch failed", result.exceptionResult());
        }
    }

    /** Calls the projector's handler for the event, as the processor does. */
    private static void deliver(TimelineProjector to, EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload instanceof UserRegistered registered) {
            to.on(registered);
        } else if (payload instanceof PostPublished posted) {
            to.on(posted, event.getTimestamp());
        } else if (payload instanceof UserFollowed followed) {
            to.on(followed);
        } else if (payload instanceof FollowRequestApproved approved) {
            to.on(approved);
        } else if (payload instanceof FollowerRemoved removed) {
            to.on(removed);
        } else if (payload instanceof UserMuted muted) {
            to.on(muted);
        } else if (payload instanceof UserUnmuted unmuted) {
            to.on(unmuted);
        } else if (payload instanceof PostDeleted deletion) {
            to.on(deletion);
        } else {
            to.on((UserUnfollowed) payload);
        }
    }

    private List<String> rows(String table) {
        return jdbc.sql("select t::text from " + table + " t").query(String.class).list();
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
    /** The schema of the slot the API does not read. */
    private String otherSchema() {
        return ProjectionSlots.schema(TimelineQueries.VIEW,
                slots.liveSlot(TimelineQueries.VIEW).equals("a") ? "b" : "a");
    }

    private void twice(Runnable delivery) {
        transactions.executeWithoutResult(tx -> delivery.run());
        transactions.executeWithoutResult(tx -> delivery.run());
    }
}
