package dev.flock.query.admin;

import static dev.flock.testsupport.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.flock.query.projection.ProjectionSlots;
import dev.flock.query.support.EventFedFlock;
import dev.flock.query.support.QuerySideTest;
import dev.flock.testsupport.Http.Answer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Every view rebuilt from the first event while a reader keeps reading: every page of every view is recorded,
 * each projection is replayed through the operator API while a reader thread reads one user's whole timeline
 * over and over, and afterwards every page is identical, every read during the replays was whole and right, and
 * every view is served from its other, rebuilt slot.
 */
@QuerySideTest
@TestPropertySource(properties = "flock.test.context=replay") // switches live slots: its own context
class ReplayIT {

    private static final String OPERATOR = basic("operator", "test-operator-password");
    private static final int USERS = 12;

    @LocalServerPort
    int queryPort;
    @Value("${spring.datasource.url}")
    String jdbcUrl;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProjectionSlots slots;

    @Test
    void everyViewIsRebuiltWhileReadsStayWholeAndRight() throws Exception {
        EventFedFlock flock = new EventFedFlock(jdbcUrl, queryPort);
        List<String> users = fill(flock);
        // a password change: the replayed profiles view must still refuse the tokens issued before it
        String changer = users.get(1);
        String revoked = flock.bearerOf(changer);
        flock.changePassword(changer);
        Map<String, String> before = everyPage(flock, users);
        String reader = users.get(0);
        String expectedTimeline = pages(flock, timelinePath(reader), 4, flock.bearerOf(reader));

        Map<String, String> liveBefore = liveSlots();
        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        List<String> wrong = new ArrayList<>();
        Thread readerThread = new Thread(() -> {
            while (reading.get()) {
                String timeline = pages(flock, timelinePath(reader), 4, flock.bearerOf(reader));
                reads.incrementAndGet();
                if (!timeline.equals(expectedTimeline)) {
                    synchronized (wrong) {
                        wrong.add(timeline);
                    }
                }
            }
        }, "timeline-reader");
        readerThread.start();
        try {
            for (String view : slots.views()) {
                int readsBefore = reads.get();
                assertThat(replay(flock, view).status()).as("replay of %s", view).isEqualTo(202);
                await().atMost(Duration.ofSeconds(60)).until(() -> !replaying(flock, view));
                await().atMost(Duration.ofSeconds(10)).until(() -> reads.get() > readsBefore);
            }
        } finally {
            reading.set(false);
            readerThread.join();
        }

        assertThat(wrong).as("reads of %s's timeline during the replays that differed", reader).isEmpty();
        assertThat(reads.get()).isGreaterThan(slots.views().size());
        assertThat(everyPage(flock, users)).isEqualTo(before);
        liveSlots().forEach((view, slot) -> assertThat(slot).as("live slot of %s after its replay", view)
                .isNotEqualTo(liveBefore.get(view)));
        assertThat(flock.get(timelinePath(changer), "Authorization", revoked).status()).isEqualTo(401);
        assertThat(flock.get(timelinePath(changer), "Authorization", flock.bearerOf(changer)).status())
                .isEqualTo(200);
    }

    @Test
    void operatorCallsNeedTheOperatorsCredentials() {
        EventFedFlock flock = new EventFedFlock(jdbcUrl, queryPort);
        assertThat(flock.queries().send("GET", "/api/admin/projections", null).status()).isEqualTo(401);
        assertThat(flock.queries().send("POST", "/api/admin/projections/timeline/replay", null).status())
                .isEqualTo(401);
        Answer wrong = flock.queries().send("GET", "/api/admin/projections", null,
                "Authorization", basic("operator", "not the password"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.header("Content-Type")).startsWith("application/problem+json");
        assertThat(flock.queries().send("POST", "/api/admin/projections/nothing/replay", null,
                "Authorization", OPERATOR).status()).isEqualTo(404);
        Answer status = flock.queries().send("GET", "/api/admin/projections", null, "Authorization", OPERATOR);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().findValuesAsString("name"))
                .containsExactly("follows", "posts", "profiles", "relationships", "timeline");
    }

    @Test
    void aReplayWaitsWhileAnotherInstanceHoldsASegmentAndASecondRequestMeanwhileIs409() {
        EventFedFlock flock = new EventFedFlock(jdbcUrl, queryPort);
        flock.register("waiting_reader");
        String view = "posts";
        String standby = jdbc.sql("select case live_slot when 'a' then 'b' else 'a' end from query.projection_slot "
                + "where view_name = :view").param("view", view).query(String.class).single();
        String processor = ProjectionSlots.processor(view, standby);
        int claimed = jdbc.sql("update query.token_entry set owner = 'another-instance', "
                        + "timestamp = '2999-01-01T00:00:00Z' where processor_name = :name and segment = 0")
                .param("name", processor).update();
        assertThat(claimed).isEqualTo(1);

        assertThat(replay(flock, view).status()).isEqualTo(202);
        assertThat(replay(flock, view).status()).isEqualTo(409);
        assertThat(replaying(flock, view)).isTrue();

        jdbc.sql("update query.token_entry set owner = null where processor_name = :name and segment = 0")
                .param("name", processor).update();
        await().atMost(Duration.ofSeconds(60)).until(() -> !replaying(flock, view));
        assertThat(flock.get("/api/users/waiting_reader").json().get("username").asString())
                .isEqualTo("waiting_reader");
        assertThat(jdbc.sql("select live_slot from query.projection_slot where view_name = :view")
                .param("view", view).query(String.class).single()).isEqualTo(standby);
    }

    private Map<String, String> liveSlots() {
        Map<String, String> live = new LinkedHashMap<>();
        jdbc.sql("select view_name, live_slot from query.projection_slot")
                .query((rs, row) -> live.put(rs.getString(1), rs.getString(2))).list();
        return live;
    }

    private static Answer replay(EventFedFlock flock, String view) {
        return flock.queries().send("POST", "/api/admin/projections/" + view + "/replay", null,
                "Authorization", OPERATOR);
    }

    private static boolean replaying(EventFedFlock flock, String view) {
        for (JsonNode projection : flock.queries().send("GET", "/api/admin/projections", null,
                "Authorization", OPERATOR).json()) {
            if (projection.get("name").asString().equals(view)) {
                return projection.get("replaying").asBoolean();
            }
        }
        throw new AssertionError("no projection " + view);
    }

    /** A dozen users following each other at random and posting. */
    private static List<String> fill(EventFedFlock flock) {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            users.add("replayer" + i);
            flock.register(users.get(i));
        }
        Random random = new Random(11);
        for (int i = 0; i < 120; i++) {
            String me = users.get(random.nextInt(USERS));
            String other = users.get(random.nextInt(USERS));
            int dice = random.nextInt(10);
            if (dice < 4 && !me.equals(other)) {
                flock.follow(me, other);
            } else if (dice < 5 && !me.equals(other)) {
                flock.unfollow(me, other);
            } else {
                flock.post(me, "post " + i);
            }
        }
        return users;
    }

    private static String timelinePath(String user) {
        return "/api/users/" + user + "/timeline";
    }

    /** Every page of every view, by path, as the API answers them. */
    private static Map<String, String> everyPage(EventFedFlock flock, List<String> users) {
        Map<String, String> pages = new LinkedHashMap<>();
        for (String user : users) {
            pages.put("/api/users/" + user, flock.get("/api/users/" + user).body());
            pages.put(timelinePath(user), pages(flock, timelinePath(user), 3, flock.bearerOf(user)));
            for (String list : List.of("followers", "following", "posts")) {
                String path = "/api/users/" + user + "/" + list;
                pages.put(path, pages(flock, path, 3, null));
            }
            for (String other : users.subList(0, 3)) {
                String path = "/api/users/" + user + "/relationships/" + other;
                pages.put(path, flock.get(path).body());
            }
        }
        return pages;
    }

    /** The bodies of every page of a list, in order, following the cursors. */
    private static String pages(EventFedFlock flock, String path, int limit, String bearer) {
        StringBuilder bodies = new StringBuilder();
        String cursor = null;
        do {
            String url = path + "?limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor);
            Answer page = bearer == null ? flock.get(url) : flock.get(url, "Authorization", bearer);
            if (page.status() != 200) {
                return "HTTP " + page.status() + " " + page.body();
            }
            bodies.append(page.body()).append('\n');
            JsonNode next = page.json().get("next");
            cursor = next == null || next.isNull() ? null : next.asString();
        } while (cursor != null);
        return bodies.toString();
    }
}
