package dev.flock.query.paging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants to and from {@code timestamptz} as UTC offsets, which the PostgreSQL driver maps exactly; a
 * {@code java.sql.Timestamp} would pass through the JVM's time zone.
 */
public final class SqlTimes {

    private SqlTimes() {
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
