package dev.flock.query.projection;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Statements on the tables of a view's live slot, for its reads: {@code {s}} in a statement's text names the live
 * slot's schema, resolved when the statement is made, so a read that starts after a replay's switch reads the new
 * generation ({@link ProjectionSlots#liveTables}).
 */
public final class LiveTables {

    private final JdbcClient jdbc;
    private final ProjectionSlots slots;
    private final String view;

    LiveTables(JdbcClient jdbc, ProjectionSlots slots, String view) {
        this.jdbc = jdbc;
        this.slots = slots;
        this.view = view;
    }

    /** A statement whose {@code {s}} names the live slot's schema now. */
    public JdbcClient.StatementSpec sql(String text) {
        return jdbc.sql(ProjectionSlots.in(slots.liveSchema(view), text));
    }
}
