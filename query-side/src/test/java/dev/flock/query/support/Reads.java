package dev.flock.query.support;

import dev.flock.testsupport.Http.Answer;
import dev.flock.testsupport.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * Queries as a test makes them: each carries the newest {@code Consistency-Token} this client has seen
 * (read-your-writes), so it answers once the views reflect everything written so far.
 */
public class Reads {

    private final AtomicLong newest = new AtomicLong();
    private volatile Http queries;

    public Reads(int queryPort) {
        this.queries = new Http(queryPort);
    }

    /** Reads from now on wait for the event store position {@code token} as well. */
    public void sawConsistencyToken(long token) {
        newest.accumulateAndGet(token, Math::max);
    }

    /** The newest {@code Consistency-Token} this client has seen. */
    public String lastConsistencyToken() {
        return Long.toString(newest.get());
    }

    /** A query that waits for everything written so far. */
    public Answer get(String path, String... headers) {
        List<String> all = new ArrayList<>(List.of(headers));
        all.add("Consistency-Token");
        all.add(Long.toString(newest.get()));
        return queries.send("GET", path, null, all.toArray(String[]::new));
    }

    /** Every item of a paged list, following {@code next} cursors with the given page size. */
    public List<JsonNode> all(String path, int limit, String... headers) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            String separator = path.contains("?") ? "&" : "?";
            Answer page = get(path + separator + "limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor),
                    headers);
            if (page.status() != 200) {
                throw new AssertionError("expected 200 but got " + page);
            }
            page.json().get("items").forEach(items::add);
            JsonNode next = page.json().get("next");
            cursor = next == null || next.isNull() ? null : next.asString();
        } while (cursor != null);
        return items;
    }

    /** Sends the queries from now on to another query-side instance. */
    public void useQuerySide(int queryPort) {
        this.queries = new Http(queryPort);
    }

    public Http queries() {
        return queries;
    }
}
