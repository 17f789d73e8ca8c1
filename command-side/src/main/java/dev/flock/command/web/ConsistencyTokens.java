package dev.flock.command.web;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes the {@code Consistency-Token} of an accepted command: a global index in the event store, once the command
 * has committed. A view whose processor has passed that position reflects the command: its own events, or, for a
 * command that changed nothing, the events that made it a no-op. The query side reads the token as that position;
 * clients treat it as opaque.
 *
 * <p>A command that only its own user's stream decides (register, publish, change the password) gets the newest
 * event of that stream. A command between two users gets the store's head: it may be a no-op because of the other
 * user's events (an unfollow after the other removed the follower), which committed before it (the pair's lock),
 * so the head covers them.
 */
@Component
class ConsistencyTokens {

    static final String HEADER = "Consistency-Token";

    private final JdbcClient jdbc;

    ConsistencyTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The token after a command between two users: the newest event in the store. */
    String afterPair() {
        // Backward scan of the primary key: one row.
        return Long.toString(jdbc.sql("select coalesce(max(global_index), 0) from eventstore.domain_event_entry")
                .query(Long.class).single());
    }

    /** 204 with this token. */
    static ResponseEntity<Void> noContent(String token) {
        return ResponseEntity.noContent().header(HEADER, token).build();
    }

    /** The token after a command that only {@code userId}'s stream decides: the newest event in it. */
    String after(String userId) {
        // Backward scan of the (aggregate_identifier, sequence_number) unique index: one row, however long the stream.
        long position = jdbc.sql("""
                        select global_index from eventstore.domain_event_entry
                        where aggregate_identifier = :id
                        order by sequence_number desc limit 1""")
                .param("id", userId)
                .query(Long.class).optional().orElse(0L);
        return Long.toString(position);
    }
}
