package dev.flock.query.views.posts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.events.PostDeleted;
import dev.flock.events.PostPublished;
import dev.flock.events.UserRegistered;
import dev.flock.query.paging.Cursor;
import dev.flock.query.paging.Page;
import dev.flock.query.paging.PageRequest;
import dev.flock.query.projection.ProjectionSlots;
import dev.flock.query.support.ViewSlice;
import dev.flock.query.views.PostItem;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.transaction.support.TransactionTemplate;

/** The posts projector against PostgreSQL: newest first, keyset pages, a count that a redelivery cannot move. */
@SpringJUnitConfig({ViewSlice.class, PostsViewConfiguration.class, PostQueries.class})
class PostsProjectorIT {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00.000Z");

    @Autowired
    ProjectionSlots slots;
    @Autowired
    JdbcClient jdbcClient;
    /** The projector of the live slot, which the queries read. */
    PostsProjector projector;
    @Autowired
    PostQueries posts;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void liveSlot() {
        projector = new PostsProjector(jdbcClient, slots.liveSchema(PostQueries.VIEW));
    }

    @Test
    void anAuthorsPostsComeNewestFirstAcrossPagesAndCountOnce() {
        String author = UUID.randomUUID().toString();
        twice(() -> projector.on(new UserRegistered(author, "poster", "p@example.com")));
        for (int i = 0; i < 5; i++) {
            PostPublished post = new PostPublished(UUID.randomUUID().toString(), author, "post " + i);
            Instant at = T0.plusSeconds(i);
            twice(() -> projector.on(post, at));
        }

        Page<PostItem> first = posts.byAuthor(UUID.fromString(author), new PageRequest(3, Cursor.START));
        Page<PostItem> second = posts.byAuthor(UUID.fromString(author), new PageRequest(3, Cursor.decode(first.next())));

        assertThat(first.items()).extracting(PostItem::body).containsExactly("post 4", "post 3", "post 2");
        assertThat(second.items()).extracting(PostItem::body).containsExactly("post 1", "post 0");
        assertThat(second.next()).isNull();
        assertThat(first.items().get(0).author()).isEqualTo("poster");
        assertThat(posts.count(UUID.fromString(author))).isEqualTo(5);
    }

    @Test
    void aDeletedPostLeavesTheListAndTheCountOnce() {
        String author = UUID.randomUUID().toString();
        twice(() -> projector.on(new UserRegistered(author, "deleter", "d@example.com")));
        PostPublished kept = new PostPublished(UUID.randomUUID().toString(), author, "kept");
        PostPublished gone = new PostPublished(UUID.randomUUID().toString(), author, "gone");
        twice(() -> projector.on(kept, T0));
        twice(() -> projector.on(gone, T0.plusSeconds(1)));
        twice(() -> projector.on(new PostDeleted(gone.postId(), author)));

        assertThat(posts.byAuthor(UUID.fromString(author), new PageRequest(10, Cursor.START)).items())
                .extracting(PostItem::body).containsExactly("kept");
        assertThat(posts.find(UUID.fromString(author), UUID.fromString(gone.postId()))).isEmpty();
        assertThat(posts.count(UUID.fromString(author))).isEqualTo(1);
    }

    private void twice(Runnable delivery) {
        transactions.executeWithoutResult(tx -> delivery.run());
        transactions.executeWithoutResult(tx -> delivery.run());
    }
}
