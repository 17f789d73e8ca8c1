package dev.flock.command.web;

import static dev.flock.testsupport.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.command.support.FlockIntegrationTest;
import dev.flock.testsupport.Http;
import dev.flock.testsupport.Http.Answer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/users/{me}/export}: the account and its own history, oldest first, without deleted posts. */
@FlockIntegrationTest
class ExportIT {

    @LocalServerPort
    int port;

    @Test
    void anExportIsTheUsersOwnHistoryWithoutDeletedPostsForTheirTokenOnly() {
        Http http = new Http(port);
        String ann = bearer(http.registerAndLogIn("export_ann", "correct horse battery"));
        String ben = bearer(http.registerAndLogIn("export_ben", "correct horse battery"));
        assertThat(http.send("PUT", "/api/users/export_ann/following/export_ben", null, "Authorization", ann)
                .status()).isEqualTo(204);
        String kept = http.send("POST", "/api/users/export_ann/posts", "{\"body\":\"kept\"}", "Authorization", ann)
                .json().get("id").asString();
        String gone = http.send("POST", "/api/users/export_ann/posts", "{\"body\":\"gone\"}", "Authorization", ann)
                .json().get("id").asString();
        assertThat(http.send("DELETE", "/api/users/export_ann/posts/" + gone, null, "Authorization", ann).status())
                .isEqualTo(204);
        assertThat(http.send("PATCH", "/api/users/export_ann", "{\"protected\":true}", "Authorization", ann)
                .status()).isEqualTo(204);

        Answer export = http.send("GET", "/api/users/export_ann/export", null, "Authorization", ann);
        assertThat(export.status()).isEqualTo(200);
        JsonNode body = export.json();
        assertThat(body.get("username").asString()).isEqualTo("export_ann");
        assertThat(body.get("email").asString()).isEqualTo("export_ann@example.com");
        assertThat(body.get("registeredAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(body.get("protected").asBoolean()).isTrue();
        List<String> types = body.get("events").valueStream().map(event -> event.get("type").asString()).toList();
        assertThat(types).containsExactly("UserRegistered", "UserFollowed", "PostPublished", "AccountProtected");
        JsonNode post = body.get("events").get(2);
        assertThat(post.get("postId").asString()).isEqualTo(kept);
        assertThat(post.get("body").asString()).isEqualTo("kept");
        assertThat(post.get("at").asString()).isNotBlank();
        assertThat(export.body()).doesNotContain(gone).doesNotContain("\"gone\"");

        assertThat(http.send("GET", "/api/users/export_ann/export", null, "Authorization", ben).status())
                .isEqualTo(403);
        assertThat(http.send("GET", "/api/users/export_ann/export", null).status()).isEqualTo(401);
    }
}
