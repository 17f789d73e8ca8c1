package dev.flock.query.views.follows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.events.FollowRequestApproved;
import dev.flock.events.FollowerRemoved;
import dev.flock.events.UserFollowed;
import dev.flock.events.UserUnfollowed;
import dev.flock.query.paging.Cursor;
import dev.flock.query.paging.PageRequest;
import dev.flock.query.projection.ProjectionSlots;
import dev.flock.query.support.ViewSlice;
import dev.flock.query.views.follows.FollowQueries.FollowCounts;
import dev.flock.query.views.follows.FollowQueries.FollowItem;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The follows projector against PostgreSQL, with events delivered twice: rows are exact, lists are newest first,
 * and counts move only when a row really changed, so they cannot drift.
 */
@SpringJUnitConfig({ViewSlice.class, FollowsViewConfiguration.class, FollowQueries.class})
class FollowsProjectorIT {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00.000Z");

    @Autowired
    ProjectionSlots slots;
    @Autowired
    JdbcClient jdbcClient;
    /** The projector of the live slot, which the queries read. */
    FollowsProjector projector;
    @Autowired
    FollowQueries follows;
    @Autowired
    TransactionTemplate transactions;

    private final String ann = UUID.randomUUID().toString();
    private final String ben = UUID.randomUUID().toString();
    private final String cat = UUID.randomUUID().toString();

    @BeforeEach
    void liveSlot() {
        projector = new FollowsProjector(jdbcClient, slots.liveSchema(FollowQueries.VIEW));
    }

    @Test
    void aRedeliveredFollowOrUnfollowMovesNoCount() {
        twice(() -> projector.on(new UserFollowed(ann, ben, "ann", "ben"), T0));
        twice(() -> projector.on(new UserFollowed(cat, ben, "cat", "ben"), T0.plusSeconds(1)));

        assertThat(follows.counts(UUID.fromString(ben))).isEqualTo(new FollowCounts(2, 0));
        assertThat(follows.counts(UUID.fromString(ann))).isEqualTo(new FollowCounts(0, 1));

        twice(() -> projector.on(new UserUnfollowed(ann, ben)));
        assertThat(follows.counts(UUID.fromString(ben))).isEqualTo(new FollowCounts(1, 0));
        assertThat(follows.counts(UUID.fromString(ann))).isEqualTo(new FollowCounts(0, 0));
    }

    @Test
    void listsAreMostRecentFollowFirstWithTheFollowTimes() {
        twice(() -> projector.on(new UserFollowed(ann, ben, "ann", "ben"), T0));
        twice(() -> projector.on(new UserFollowed(cat, ben, "cat", "ben"), T0.plusSeconds(5)));
        twice(() -> projector.on(new UserFollowed(ann, cat, "ann", "cat"), T0.plusSeconds(9)));

        assertThat(follows.followers(UUID.fromString(ben), new PageRequest(10, Cursor.START)).items())
                .containsExactly(new FollowItem("cat", "2026-01-01T00:00:05.000Z"),
                        new FollowItem("ann", "2026-01-01T00:00:00.000Z"));
        assertThat(follows.following(UUID.fromString(ann), new PageRequest(10, Cursor.START)).items())
                .containsExactly(new FollowItem("cat", "2026-01-01T00:00:09.000Z"),
                        new FollowItem("ben", "2026-01-01T00:00:00.000Z"));
        assertThat(follows.relationship(UUID.fromString(ann), UUID.fromString(cat)))
                .isEqualTo(new FollowQueries.Relationship(true, false, "2026-01-01T00:00:09.000Z", null));
    }

    @Test
    void aFollowAndUnfollowInOneBatchLeaveTheCountsWhereTheyWere() {
        transactions.executeWithoutResult(tx -> {
            projector.on(new UserFollowed(ann, cat, "ann", "cat"), T0);
            projector.on(new UserUnfollowed(ann, cat));
        });
        assertThat(follows.counts(UUID.fromString(cat))).isEqualTo(new FollowCounts(0, 0));
    }

    @Test
    void anApprovedRequestIsAFollowFromTheApprovalAndARemovalEndsIt() {
        twice(() -> projector.on(new FollowRequestApproved(ben, ann, "ben", "ann"), T0.plusSeconds(3)));
        assertThat(follows.relationship(UUID.fromString(ann), UUID.fromString(ben)))
                .isEqualTo(new FollowQueries.Relationship(true, false, "2026-01-01T00:00:03.000Z", null));
        assertThat(follows.counts(UUID.fromString(ben))).isEqualTo(new FollowCounts(1, 0));

        twice(() -> projector.on(new FollowerRemoved(ben, ann)));
        assertThat(follows.relationship(UUID.fromString(ann), UUID.fromString(ben)).following()).isFalse();
        assertThat(follows.counts(UUID.fromString(ben))).isEqualTo(new FollowCounts(0, 0));
        assertThat(follows.counts(UUID.fromString(ann))).isEqualTo(new FollowCounts(0, 0));
    }

    private void twice(Runnable delivery) {
        transactions.executeWithoutResult(tx -> delivery.run());
        transactions.executeWithoutResult(tx -> delivery.run());
    }
}
