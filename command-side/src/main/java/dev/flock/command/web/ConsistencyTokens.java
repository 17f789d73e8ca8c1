package dev.flock.command.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes the {@code Consistency-Token} of an accepted command: the global index of the newest event in the acting
 * user's stream once the command has committed. A view whose processor has passed that position reflects the
 * command (its own event, or, for a command that changed nothing, the event that made it a no-op). The query
 * side reads the token as that position; clients treat it as opaque.
 */
@Component
class ConsistencyTokens {

    static final String HEADER = "Consistency-Token";

    private final JdbcClient jdbc;

    ConsistencyTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

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
