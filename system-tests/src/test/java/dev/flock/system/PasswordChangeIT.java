package dev.flock.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.system.support.FlockSystemTest;
import dev.flock.testsupport.Http.Answer;
import dev.flock.testsupport.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A password change ends every session before it, on both services: tokens issued before it are refused by the
 * command side at once and by the query side as soon as its views reflect the change (a read that sends the
 * change's {@code Consistency-Token}); the new password logs in, the old one does not. Passwords are compared in
 * Unicode NFC, so the same password typed decomposed is the same password.
 */
@FlockSystemTest
class PasswordChangeIT {

    private static final String OLD = "an old passphrase";
    private static final String NEW = "a brand new passphr\u00e4se";
    private static final String NEW_DECOMPOSED = "a brand new passphra\u0308se";

    @LocalServerPort
    int queryPort;
    @Value("${flock.test.command-port}")
    int commandPort;

    @Test
    void aPasswordChangeRefusesEveryEarlierTokenOnBothServices() {
        Http commands = new Http(commandPort);
        Http queries = new Http(queryPort);
        String before = Http.bearer(commands.registerAndLogIn("changer", OLD));
        commands.registerAndLogIn("changers_friend", OLD);
        assertThat(commands.send("PUT", "/api/users/changer/following/changers_friend", null,
                "Authorization", before).status()).isEqualTo(204);

        Answer changed = commands.send("PUT", "/api/users/changer/password", "{\"password\":\"" + NEW_DECOMPOSED
                + "\"}", "Authorization", Http.basic("changer", OLD));
        assertThat(changed.status()).isEqualTo(204);
        String token = changed.header("Consistency-Token");

        Answer follow = commands.send("DELETE", "/api/users/changer/following/changers_friend", null,
                "Authorization", before);
        assertThat(follow.status()).isEqualTo(401);
        assertThat(follow.header("Content-Type")).startsWith("application/problem+json");
        Answer timeline = queries.send("GET", "/api/users/changer/timeline", null, "Authorization", before,
                "Consistency-Token", token);
        assertThat(timeline.status()).isEqualTo(401);
        assertThat(timeline.header("WWW-Authenticate")).contains("invalid_token");

        assertThat(commands.send("POST", "/api/tokens", null, "Authorization", Http.basic("changer", OLD)).status())
                .isEqualTo(401);
        String after = Http.bearer(commands.logIn("changer", NEW));
        assertThat(queries.send("GET", "/api/users/changer/timeline", null, "Authorization", after,
                "Consistency-Token", token).status()).isEqualTo(200);
        assertThat(commands.send("DELETE", "/api/users/changer/following/changers_friend", null,
                "Authorization", after).status()).isEqualTo(204);
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPasswordAndAnAcceptableNewOne() {
        Http commands = new Http(commandPort);
        String bearer = Http.bearer(commands.registerAndLogIn("careful", OLD));
        assertThat(commands.send("PUT", "/api/users/careful/password", "{\"password\":\"" + NEW + "\"}",
                "Authorization", bearer).status()).as("a bearer token is not enough").isEqualTo(401);
        assertThat(commands.send("PUT", "/api/users/careful/password", "{\"password\":\"" + NEW + "\"}",
                "Authorization", Http.basic("careful", "not the password")).status()).isEqualTo(401);
        Answer common = commands.send("PUT", "/api/users/careful/password", "{\"password\":\"password1\"}",
                "Authorization", Http.basic("careful", OLD));
        assertThat(common.status()).isEqualTo(400);
        assertThat(common.json().at("/errors/password").asString()).isEqualTo("is one of the most common passwords");
        assertThat(commands.send("POST", "/api/tokens", null, "Authorization", Http.basic("careful", OLD)).status())
                .as("nothing changed").isEqualTo(200);
    }

    @Test
    void aPasswordTypedInAnotherUnicodeFormLogsIn() {
        Http commands = new Http(commandPort);
        commands.registerAndLogIn("unicode_user", NEW_DECOMPOSED);
        assertThat(commands.send("POST", "/api/tokens", null, "Authorization", Http.basic("unicode_user", NEW))
                .status()).isEqualTo(200);
    }
}
