package dev.flock.query.paging;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code ?limit=} (1 to 100, default 20) and {@code ?cursor=} of a paged list, checked.
 */
public record PageRequest(int limit, Cursor after) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public static PageRequest of(String limit, String cursor) {
        return new PageRequest(parseLimit(limit), cursor == null ? Cursor.START : Cursor.decode(cursor));
    }

    private static int parseLimit(String limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit);
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the 400
        }
        throw new InvalidQueryException("limit", "limit must be a whole number from 1 to " + MAX_LIMIT + ".");
    }

    /** How many rows to fetch: one more than the page, to learn whether there is a next page. */
    public int fetchSize() {
        return limit + 1;
    }

    /**
     * Binds this page to a keyset query that names its position {@code (:afterTime, :afterId)} and its size
     * {@code :fetchSize}.
     */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement
                .param("afterTime", SqlTimes.utc(after.time()))
                .param("afterId", after.id())
                .param("fetchSize", fetchSize());
    }
}
