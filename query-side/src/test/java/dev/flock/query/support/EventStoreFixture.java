package dev.flock.query.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flock.events.PasswordChanged;
import dev.flock.events.PostPublished;
import dev.flock.events.UserFollowed;
import dev.flock.events.UserRegistered;
import dev.flock.events.UserUnfollowed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Appends events straight into the event store, one at a time, as the command side writes them (Jackson JSON of
 * the shared events, the next sequence number of the user's aggregate, the time of the append): the query side's
 * own tests need no command side.
 */
public final class EventStoreFixture {

    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();

    public EventStoreFixture(String jdbcUrl) {
        this.jdbc = JdbcClient.create(new DriverManagerDataSource(jdbcUrl, "postgres", "postgres"));
    }

    /**
     * Appends the event to the stream of the user it belongs to; answers its global index, which is what a command
     * that produced it would have answered as its {@code Consistency-Token}.
     */
    public long append(Object event) {
        try {
            return jdbc.sql("""
                            insert into eventstore.domain_event_entry (sequence_number, meta_data, payload,
                                aggregate_identifier, event_identifier, payload_revision, payload_type, time_stamp, type)
                            select coalesce(max(sequence_number) + 1, 0), convert_to('{}', 'UTF8'), :payload, :user,
                                   gen_random_uuid()::text, null, :type,
                                   to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                                   'UserAggregate'
                            from eventstore.domain_event_entry where aggregate_identifier = :user
                            returning global_index""")
                    .param("payload", json.writeValueAsBytes(event))
                    .param("user", userOf(event))
                    .param("type", event.getClass().getName())
                    .query(Long.class).single();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + event + " as JSON", e);
        }
    }

    private static String userOf(Object event) {
        if (event instanceof UserRegistered registered) {
            return registered.userId();
        }
        if (event instanceof UserFollowed followed) {
            return followed.followerId();
        }
        if (event instanceof UserUnfollowed unfollowed) {
            return unfollowed.followerId();
        }
        if (event instanceof PostPublished published) {
            return published.authorId();
        }
        if (event instanceof PasswordChanged changed) {
            return changed.userId();
        }
        throw new IllegalArgumentException("Not a user's event: " + event);
    }
}
