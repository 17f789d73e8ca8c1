package dev.flock.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.flock.events.UserRegistered;
import dev.flock.query.support.EventStoreFixture;
import dev.flock.query.support.TestServices;
import dev.flock.testsupport.EmbeddedPostgresInitializer;
import dev.flock.testsupport.Http;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ConfigurerModule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The views learn of new events from PostgreSQL's notifications, not by polling: with the event store's own poll
 * set to an hour, an event appended after start-up still reaches the views within seconds, and it does again after
 * the listening connection was killed (the listener comes back by itself). Likewise for a replay that another
 * instance starts (its row changed in the database), with the slots' quiet check set to an hour.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangeNotificationsIT {

    private static final Duration PROMPTLY = Duration.ofSeconds(10);

    private ConfigurableApplicationContext querySide;
    private EventStoreFixture events;
    private JdbcClient database;
    private Http queries;

    @BeforeAll
    void start() {
        String jdbcUrl = EmbeddedPostgresInitializer.newDatabase();
        ConfigurerModule nothingMore = configurer -> { };
        querySide = TestServices.startQuerySide(jdbcUrl, nothingMore, "--flock.events.fetch-delay-ms=3600000",
                "--flock.replay.quiet-check-ms=3600000");
        events = new EventStoreFixture(jdbcUrl);
        database = querySide.getBean(JdbcClient.class);
        queries = new Http(TestServices.port(querySide));
        // the first event may come with the processors' first read of the store; the tests' events come later
        awaitProfile(register("first"));
    }

    @AfterAll
    void stop() {
        querySide.close();
    }

    @Test
    void anEventCommittedLaterReachesTheViewsWithoutAPoll() {
        awaitProfile(register("later"));
    }

    @Test
    void theListenerComesBackAfterItsConnectionWasKilled() {
        List<Integer> listening = listeningBackends();
        assertThat(listening).hasSize(1);
        assertThat(database.sql("select pg_terminate_backend(:pid)").param("pid", listening.get(0))
                .query(Boolean.class).single()).isTrue();

        await().atMost(PROMPTLY).until(() -> listeningBackends().size() == 1
                && !listeningBackends().equals(listening));
        awaitProfile(register("after_kill"));
    }

    @Test
    void aReplayAnotherInstanceStartsIsFollowedWithoutAPoll() {
        ProjectionSlots slots = querySide.getBean(ProjectionSlots.class);
        String live = slots.liveSlot("profiles");
        // what another instance's POST /api/admin/projections/profiles/replay writes
        assertThat(database.sql("""
                        update query.projection_slot
                        set building_slot = case live_slot when 'a' then 'b' else 'a' end, reset_done = false,
                            started_at = now()
                        where view_name = 'profiles'""").update()).isEqualTo(1);

        // this instance resets the building slot, rebuilds it and switches: all of it starts from the announcement
        await().atMost(PROMPTLY).until(() -> !slots.liveSlot("profiles").equals(live));
        awaitProfile("first");
    }

    private List<Integer> listeningBackends() {
        return database.sql("""
                        select pid from pg_stat_activity
                        where datname = current_database() and application_name = :name""")
                .param("name", ChangeNotifications.APPLICATION_NAME)
                .query(Integer.class).list();
    }

    private String register(String name) {
        String id = UUID.randomUUID().toString();
        events.append(id, new UserRegistered(id, name, name + "@example.com"));
        return name;
    }

    private void awaitProfile(String name) {
        await().atMost(PROMPTLY).until(() -> queries.send("GET", "/api/users/" + name, null).status() == 200);
    }
}
