package dev.flock.query.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.query.projection.ProjectionSlots;
import dev.flock.query.support.EventFedFlock;
import dev.flock.query.support.QuerySideTest;
import dev.flock.testsupport.Http;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A poison event: the posts view cannot store one post (a constraint stands in for a projector bug). The view must
 * not stop: the event and the later events of its author are parked in the dead-letter queue, every other author's
 * posts keep arriving, the operator sees the letters and the metric, and once the cause is gone a retry brings the
 * parked posts in, in order.
 */
@QuerySideTest
class DeadLetterIT {

    private static final String OPERATOR = Http.basic("operator", "test-operator-password");

    @LocalServerPort
    int queryPort;
    @LocalManagementPort
    int managementPort;
    @Value("${spring.datasource.url}")
    String jdbcUrl;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProjectionSlots slots;

    @Test
    void aPoisonEventIsParkedWithItsSequenceWhileTheViewGoesOnAndARetryBringsItIn() {
        EventFedFlock flock = new EventFedFlock(jdbcUrl, queryPort);
        flock.register("poisoned");
        flock.register("healthy");
        String table = slots.liveSchema("posts") + ".post";
        jdbc.sql("alter table " + table + " add constraint no_poison check (body <> 'poison pill')").update();
        try {
            flock.post("poisoned", "before");
            flock.post("poisoned", "poison pill");
            flock.post("poisoned", "after");
            flock.post("healthy", "still flowing");

            assertThat(bodies(flock, "healthy")).containsExactly("still flowing");
            assertThat(bodies(flock, "poisoned")).as("the poison and what followed it are parked")
                    .containsExactly("before");
            JsonNode posts = letters("posts");
            assertThat(posts.get("letters").asLong()).isEqualTo(2);
            assertThat(posts.get("sequences").asLong()).isEqualTo(1);
            assertThat(posts.at("/first/0/eventType").asString()).isEqualTo("PostPublished");
            assertThat(posts.at("/first/0/causeMessage").asString()).contains("no_poison");
            assertThat(new Http(managementPort).send("GET", "/actuator/prometheus", null).body())
                    .contains("flock_projection_dead_letters{view=\"posts\"} 2.0");
            assertThat(timelineOf(flock, "poisoned")).as("other views are not affected")
                    .containsExactly("after", "poison pill", "before");

            Http.Answer stillFailing = new Http(queryPort).send("POST", "/api/admin/dead-letters/posts/retry", null,
                    "Authorization", OPERATOR);
            assertThat(stillFailing.status()).isEqualTo(200);
            assertThat(stillFailing.json().get("sequencesSucceeded").asLong()).isZero();
            assertThat(stillFailing.json().get("lettersLeft").asLong()).isEqualTo(2);
        } finally {
            jdbc.sql("alter table " + table + " drop constraint no_poison").update();
        }

        Http.Answer retried = new Http(queryPort).send("POST", "/api/admin/dead-letters/posts/retry", null,
                "Authorization", OPERATOR);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().get("sequencesSucceeded").asLong()).isEqualTo(1);
        assertThat(retried.json().get("lettersLeft").asLong()).isZero();
        assertThat(bodies(flock, "poisoned")).containsExactly("after", "poison pill", "before");
        assertThat(letters("posts").get("letters").asLong()).isZero();
        assertThat(new Http(queryPort).send("POST", "/api/admin/dead-letters/nothing/retry", null,
                "Authorization", OPERATOR).status()).isEqualTo(404);
    }

    /**
     * The timeline writes a batch's events together; a poison among them fails the whole batch, which is then
     * handled one event at a time, so the poison is parked alone with the rest of its author's sequence.
     */
    @Test
    void aPoisonEventInABatchedViewIsParkedAloneAfterItsBatchFails() {
        EventFedFlock flock = new EventFedFlock(jdbcUrl, queryPort);
        flock.register("toxic");
        flock.register("reader");
        flock.register("bystander");
        flock.follow("reader", "toxic");
        flock.follow("reader", "bystander");
        String table = slots.liveSchema("timeline") + ".timeline_post";
        jdbc.sql("alter table " + table + " add constraint no_bad_post check (body <> 'bad timeline post')").update();
        try {
            flock.post("toxic", "before");
            flock.post("toxic", "bad timeline post");
            flock.post("toxic", "after");
            flock.post("bystander", "still flowing");

            assertThat(timelineOf(flock, "reader")).as("the poison and what its author did next are parked")
                    .containsExactly("still flowing", "before");
            assertThat(letters("timeline").get("letters").asLong()).isEqualTo(2);
            assertThat(letters("timeline").at("/first/0/causeMessage").asString()).contains("no_bad_post");
        } finally {
            jdbc.sql("alter table " + table + " drop constraint no_bad_post").update();
        }

        Http.Answer retried = new Http(queryPort).send("POST", "/api/admin/dead-letters/timeline/retry", null,
                "Authorization", OPERATOR);
        assertThat(retried.json().get("lettersLeft").asLong()).isZero();
        assertThat(timelineOf(flock, "reader"))
                .containsExactly("still flowing", "after", "bad timeline post", "before");
    }

    private JsonNode letters(String name) {
        Http.Answer answer = new Http(queryPort).send("GET", "/api/admin/dead-letters", null,
                "Authorization", OPERATOR);
        assertThat(answer.status()).isEqualTo(200);
        for (JsonNode view : answer.json()) {
            if (view.get("view").asString().equals(name)) {
                return view;
            }
        }
        throw new AssertionError("no " + name + " view in " + answer.body());
    }

    /** The user's posts in the posts view, newest first, once the view has passed all commands so far. */
    private static List<String> bodies(EventFedFlock flock, String user) {
        return flock.all("/api/users/" + user + "/posts", 10).stream().map(post -> post.get("body").asString())
                .toList();
    }

    private static List<String> timelineOf(EventFedFlock flock, String user) {
        return flock.all("/api/users/" + user + "/timeline", 10, "Authorization", flock.bearerOf(user)).stream()
                .map(post -> post.get("body").asString()).toList();
    }
}
