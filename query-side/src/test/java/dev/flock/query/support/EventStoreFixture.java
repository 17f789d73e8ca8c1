package dev.flock.query.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Appends events straight into the event store, one at a time, as the command side writes them (Jackson JSON of
 * the shared events, the next sequence number of the user's aggregate, a time stamp to the millisecond): the query
 * side's own tests need no command side. Each event of one fixture is stamped at least a millisecond after the one
 * before, so that posts appended one after another are listed in that order.
 */
public final class EventStoreFixture {

    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicReference<Instant> lastStamp = new AtomicReference<>(Instant.EPOCH);

    public EventStoreFixture(String jdbcUrl) {
        this.jdbc = JdbcClient.create(new DriverManagerDataSource(jdbcUrl, "postgres", "postgres"));
    }

    /**
     * Appends the event to the stream of the user it belongs to (the one whose command made it); answers its global
     * index, which is what that command would have answered as its {@code Consistency-Token}.
     */
    public long append(String userId, Object event) {
        try {
            return jdbc.sql("""
                            insert into eventstore.domain_event_entry (sequence_number, meta_data, payload,
                                aggregate_identifier, event_identifier, payload_revision, payload_type, time_stamp,
                                type)
                            select coalesce(max(sequence_number) + 1, 0), convert_to('{}', 'UTF8'), :payload, :user,
                                   gen_random_uuid()::text, null, :type,
                                   :stamp, 'UserAggregate'
                            from eventstore.domain_event_entry where aggregate_identifier = :user
                            returning global_index""")
                    .param("payload", json.writeValueAsBytes(event))
                    .param("user", userId)
                    .param("type", event.getClass().getName())
                    .param("stamp", nextStamp().toString())
                    .query(Long.class).single();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + event + " as JSON", e);
        }
    }

    /** Now, to the millisecond, but at least a millisecond after the last stamp. */
    private Instant nextStamp() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return lastStamp.accumulateAndGet(now, (last, next) -> next.isAfter(last) ? next : last.plusMillis(1));
    }
}
