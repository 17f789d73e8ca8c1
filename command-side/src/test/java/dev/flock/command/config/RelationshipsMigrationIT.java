package dev.flock.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.testsupport.EmbeddedPostgresInitializer;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database written before v2 (the command schema at V2, v1 events in the store) migrated to v2: the command
 * side's record of follows and posts, which the pair rules decide on, holds exactly the follows that stand after
 * the events in store order (a follow, an unfollow and a follow again; a follow ended by an unfollow) and every
 * post with its author.
 */
class RelationshipsMigrationIT {

    @Test
    void theRecordOfFollowsAndPostsIsFilledFromTheEventsOfAV1Store() {
        DataSource database = new DriverManagerDataSource(EmbeddedPostgresInitializer.newDatabase(), "postgres",
                "postgres");
        Flyway.configure().dataSource(database).schemas("eventstore").defaultSchema("eventstore")
                .locations("classpath:db/eventstore").load().migrate();
        Flyway command = Flyway.configure().dataSource(database).schemas("command").defaultSchema("command")
                .locations("classpath:db/migration/command").target("2").load();
        command.migrate();

        JdbcClient jdbc = JdbcClient.create(database);
        String ann = UUID.randomUUID().toString();
        String ben = UUID.randomUUID().toString();
        String cat = UUID.randomUUID().toString();
        String post = UUID.randomUUID().toString();
        List<String[]> events = List.of(
                event(ann, "UserFollowed", "{\"followerId\":\"%s\",\"followedId\":\"%s\",\"followerUsername\":\"ann\","
                        .formatted(ann, ben) + "\"followedUsername\":\"ben\"}"),
                event(ann, "UserFollowed", "{\"followerId\":\"%s\",\"followedId\":\"%s\",\"followerUsername\":\"ann\","
                        .formatted(ann, cat) + "\"followedUsername\":\"cat\"}"),
                event(ann, "UserUnfollowed", "{\"followerId\":\"%s\",\"followedId\":\"%s\"}".formatted(ann, ben)),
                event(ann, "UserFollowed", "{\"followerId\":\"%s\",\"followedId\":\"%s\",\"followerUsername\":\"ann\","
                        .formatted(ann, ben) + "\"followedUsername\":\"ben\"}"),
                event(ben, "UserFollowed", "{\"followerId\":\"%s\",\"followedId\":\"%s\",\"followerUsername\":\"ben\","
                        .formatted(ben, cat) + "\"followedUsername\":\"cat\"}"),
                event(ben, "UserUnfollowed", "{\"followerId\":\"%s\",\"followedId\":\"%s\"}".formatted(ben, cat)),
                event(cat, "PostPublished", "{\"postId\":\"%s\",\"authorId\":\"%s\",\"body\":\"hi\"}"
                        .formatted(post, cat)));
        int sequence = 0;
        for (String[] event : events) {
            jdbc.sql("""
                            insert into eventstore.domain_event_entry (sequence_number, payload, aggregate_identifier,
                                event_identifier, payload_type, time_stamp, type)
                            values (:sequence, convert_to(:payload, 'UTF8'), :aggregate, :id, :type,
                                '2026-01-01T00:00:00.000Z', 'UserAggregate')""")
                    .param("sequence", sequence++)
                    .param("payload", event[2])
                    .param("aggregate", event[0])
                    .param("id", UUID.randomUUID().toString())
                    .param("type", "dev.flock.events." + event[1])
                    .update();
        }

        Flyway.configure().dataSource(database).schemas("command").defaultSchema("command")
                .locations("classpath:db/migration/command").load().migrate();

        assertThat(jdbc.sql("select follower_id || ' ' || followed_id || ' ' || state from command.follow order by 1")
                .query(String.class).list())
                .containsExactlyInAnyOrder(ann + " " + ben + " F", ann + " " + cat + " F");
        assertThat(jdbc.sql("select post_id || ' ' || author_id || ' ' || deleted from command.post")
                .query(String.class).list())
                .containsExactly(post + " " + cat + " false");
    }

    private static String[] event(String aggregate, String type, String payload) {
        return new String[] {aggregate, type, payload};
    }
}
