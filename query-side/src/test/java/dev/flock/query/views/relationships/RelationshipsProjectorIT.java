package dev.flock.query.views.relationships;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.events.FollowRequestApproved;
import dev.flock.events.FollowRequestRejected;
import dev.flock.events.FollowRequestWithdrawn;
import dev.flock.events.FollowRequested;
import dev.flock.events.UserBlocked;
import dev.flock.events.UserMuted;
import dev.flock.events.UserUnblocked;
import dev.flock.events.UserUnmuted;
import dev.flock.query.paging.Cursor;
import dev.flock.query.paging.PageRequest;
import dev.flock.query.projection.ProjectionSlots;
import dev.flock.query.support.ViewSlice;
import dev.flock.query.views.relationships.RelationshipQueries.Flags;
import dev.flock.query.views.relationships.RelationshipQueries.MuteItem;
import dev.flock.query.views.relationships.RelationshipQueries.UserSince;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The relationships projector against PostgreSQL, each event delivered twice: pending requests, blocks and mutes
 * listed newest first, the pair's flags from one statement, and mutes past their end left out.
 */
@SpringJUnitConfig({ViewSlice.class, RelationshipsViewConfiguration.class, RelationshipQueries.class})
class RelationshipsProjectorIT {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00.000Z");
    private static final PageRequest FIRST = new PageRequest(10, Cursor.START);

    @Autowired
    ProjectionSlots slots;
    @Autowired
    JdbcClient jdbcClient;
    RelationshipsProjector projector;
    @Autowired
    RelationshipQueries relationships;
    @Autowired
    TransactionTemplate transactions;

    private final String ann = UUID.randomUUID().toString();
    private final String ben = UUID.randomUUID().toString();
    private final String cat = UUID.randomUUID().toString();

    @BeforeEach
    void liveSlot() {
        projector = new RelationshipsProjector(jdbcClient, slots.liveSchema(RelationshipQueries.VIEW));
    }

    @Test
    void requestsArePendingUntilApprovedRejectedOrWithdrawn() {
        twice(() -> projector.on(new FollowRequested(ben, ann, "ben", "ann"), T0));
        twice(() -> projector.on(new FollowRequested(cat, ann, "cat", "ann"), T0.plusSeconds(1)));
        assertThat(relationships.followRequests(id(ann), FIRST).items())
                .containsExactly(new UserSince("cat", "2026-01-01T00:00:01.000Z"),
                        new UserSince("ben", "2026-01-01T00:00:00.000Z"));
        assertThat(relationships.flags(id(ben), id(ann))).isEqualTo(new Flags(false, false, false, true, false));
        assertThat(relationships.flags(id(ann), id(ben))).isEqualTo(new Flags(false, false, false, false, true));

        twice(() -> projector.on(new FollowRequestApproved(ann, ben, "ann", "ben")));
        twice(() -> projector.on(new FollowRequestRejected(ann, cat)));
        assertThat(relationships.followRequests(id(ann), FIRST).items()).isEmpty();

        twice(() -> projector.on(new FollowRequested(cat, ann, "cat", "ann"), T0.plusSeconds(2)));
        twice(() -> projector.on(new FollowRequestWithdrawn(cat, ann)));
        assertThat(relationships.followRequests(id(ann), FIRST).items()).isEmpty();
    }

    @Test
    void blocksAreListedAndSeenFromBothSides() {
        twice(() -> projector.on(new UserBlocked(ann, ben, "ann", "ben"), T0));
        assertThat(relationships.blocks(id(ann), FIRST).items())
                .containsExactly(new UserSince("ben", "2026-01-01T00:00:00.000Z"));
        assertThat(relationships.flags(id(ann), id(ben))).isEqualTo(new Flags(true, false, false, false, false));
        assertThat(relationships.flags(id(ben), id(ann))).isEqualTo(new Flags(false, true, false, false, false));
        twice(() -> projector.on(new UserUnblocked(ann, ben)));
        assertThat(relationships.blocks(id(ann), FIRST).items()).isEmpty();
    }

    @Test
    void aMuteIsReplacedByTheNextAndAMutePastItsEndIsNotListed() {
        Instant now = Instant.now();
        twice(() -> projector.on(new UserMuted(ann, ben, "ben", 60L), now.minusSeconds(10)));
        twice(() -> projector.on(new UserMuted(ann, ben, "ben", null), now.minusSeconds(5)));
        twice(() -> projector.on(new UserMuted(ann, cat, "cat", 1L), now.minusSeconds(5)));
        assertThat(relationships.mutes(id(ann), FIRST).items()).extracting(MuteItem::username, MuteItem::expiresAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ben", null));
        assertThat(relationships.flags(id(ann), id(ben)).muting()).isTrue();
        assertThat(relationships.flags(id(ann), id(cat)).muting()).as("past its end").isFalse();

        twice(() -> projector.on(new UserUnmuted(ann, ben, UserUnmuted.Reason.UNMUTED)));
        assertThat(relationships.mutes(id(ann), FIRST).items()).isEmpty();
    }

    private static UUID id(String user) {
        return UUID.fromString(user);
    }

    private void twice(Runnable delivery) {
        transactions.executeWithoutResult(tx -> delivery.run());
        transactions.executeWithoutResult(tx -> delivery.run());
    }
}
