package dev.flock.command.web;

import static dev.flock.testsupport.Http.basic;
import static dev.flock.testsupport.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.command.support.FlockIntegrationTest;
import dev.flock.testsupport.Http;
import dev.flock.testsupport.Http.Answer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code DELETE /api/users/{me}} on the command side: only with the account's password; afterwards the account is
 * gone for every command and login, every token it had is refused, its name and email stay taken, its ties end
 * with their events, and no key of its personal data is left.
 */
@FlockIntegrationTest
class AccountDeletionIT {

    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDeletedAccountIsGoneEverywhereAtOnceAndItsNameAndEmailStayTaken() {
        Http http = new Http(port);
        String del = bearer(http.registerAndLogIn("delete_del", PASSWORD));
        String eve = bearer(http.registerAndLogIn("delete_eve", PASSWORD));
        String delId = userId("delete_del");
        assertThat(http.send("PUT", "/api/users/delete_del/following/delete_eve", null, "Authorization", del)
                .status()).isEqualTo(204);
        assertThat(http.send("PUT", "/api/users/delete_eve/following/delete_del", null, "Authorization", eve)
                .status()).isEqualTo(204);
        assertThat(http.send("PUT", "/api/users/delete_eve/mutes/delete_del", "{}", "Authorization", eve)
                .status()).isEqualTo(204);
        String post = http.send("POST", "/api/users/delete_del/posts", "{\"body\":\"mine\"}", "Authorization", del)
                .json().get("id").asString();

        assertThat(http.send("DELETE", "/api/users/delete_del", null, "Authorization", del).status())
                .as("a bearer token is not enough").isEqualTo(401);
        assertThat(http.send("DELETE", "/api/users/delete_del", null, "Authorization",
                basic("delete_del", "wrong password")).status()).isEqualTo(401);
        assertThat(http.send("DELETE", "/api/users/delete_del", null, "Authorization",
                basic("delete_eve", PASSWORD)).status()).isEqualTo(403);
        assertThat(userId("delete_del")).isEqualTo(delId);

        Answer deleted = http.send("DELETE", "/api/users/delete_del", null, "Authorization",
                basic("delete_del", PASSWORD));
        assertThat(deleted.status()).isEqualTo(204);
        long token = Long.parseLong(deleted.header("Consistency-Token"));
        assertThat(token).isEqualTo(jdbc.sql("select max(global_index) from eventstore.domain_event_entry")
                .query(Long.class).single());
        assertThat(types(delId)).endsWith("UserUnfollowed", "FollowerRemoved", "AccountDeleted");

        assertThat(http.send("POST", "/api/tokens", null, "Authorization", basic("delete_del", PASSWORD)).status())
                .isEqualTo(401);
        assertThat(http.send("DELETE", "/api/users/delete_del", null, "Authorization",
                basic("delete_del", PASSWORD)).status()).isEqualTo(401);
        Answer oldToken = http.send("POST", "/api/users/delete_del/posts", "{\"body\":\"again\"}",
                "Authorization", del);
        assertThat(oldToken.status()).isEqualTo(401);
        assertThat(oldToken.body()).contains("deleted");
        assertThat(http.send("PUT", "/api/users/delete_del/following/delete_eve", null, "Authorization", del)
                .status()).isEqualTo(401);
        assertThat(http.send("GET", "/api/users/delete_del/export", null, "Authorization", del).status())
                .isEqualTo(401);
        assertThat(http.send("PUT", "/api/users/delete_eve/following/delete_del", null, "Authorization", eve)
                .status()).isEqualTo(404);
        assertThat(http.send("PUT", "/api/users/delete_eve/blocks/delete_del", null, "Authorization", eve)
                .status()).isEqualTo(404);

        assertThat(register("DELETE_DEL", "someone.new@example.com").status()).isEqualTo(409);
        assertThat(register("delete_new", "Delete_Del@Example.com").status()).isEqualTo(409);

        assertThat(count("select count(*) from user_credentials where user_id = ?", delId)).isZero();
        assertThat(count("select count(*) from eventstore.personal_data_key where subject_id in (?, ?)", delId, post))
                .isZero();
        assertThat(count("""
                select (select count(*) from follow where ? in (follower_id, followed_id))
                     + (select count(*) from mute where ? in (muter_id, muted_id))""", delId, delId)).isZero();
        assertThat(jdbc.sql("select email_hash from user_lookup where user_id = ?").param(delId)
                .query(String.class).single()).matches("[0-9a-f]{64}");
    }

    private Answer register(String username, String email) {
        return new Http(port).send("POST", "/api/users",
                "{\"username\":\"" + username + "\",\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
    }

    private String userId(String username) {
        return jdbc.sql("select user_id from user_lookup where username = ?").param(username)
                .query(String.class).single();
    }

    private List<String> types(String userId) {
        return jdbc.sql("""
                        select substring(payload_type from 'events\\.(.*)') from eventstore.domain_event_entry
                        where aggregate_identifier = ? order by sequence_number""")
                .param(userId)
                .query(String.class).list();
    }

    private long count(String sql, Object... params) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        for (Object param : params) {
            statement = statement.param(param);
        }
        return statement.query(Long.class).single();
    }
}
