package dev.flock.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.system.support.Flock;
import dev.flock.system.support.FlockSystemTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The tutorial's own test ("Followers", test_follow_posts), end to end through both services' HTTP APIs:
 * john follows susan and david, susan follows mary, mary follows david; john, david, mary and susan post in that
 * order; each home timeline holds exactly the seed query's answer, newest first.
 */
@FlockSystemTest
class SeedStoryIT {

    @LocalServerPort
    int queryPort;
    @Value("${flock.test.command-port}")
    int commandPort;

    @Test
    void theTutorialsTimelinesComeOutOfBothServices() {
        Flock flock = new Flock(commandPort, queryPort);
        for (String user : List.of("john", "susan", "mary", "david")) {
            flock.register(user);
        }
        flock.follow("john", "susan");
        flock.follow("john", "david");
        flock.follow("susan", "mary");
        flock.follow("mary", "david");
        String john = flock.post("john", "post from john");
        String david = flock.post("david", "post from david");
        String mary = flock.post("mary", "post from mary");
        String susan = flock.post("susan", "post from susan");

        assertThat(timeline(flock, "john")).containsExactly(susan, david, john);
        assertThat(timeline(flock, "susan")).containsExactly(susan, mary);
        assertThat(timeline(flock, "mary")).containsExactly(mary, david);
        assertThat(timeline(flock, "david")).containsExactly(david);

        flock.unfollow("john", "david");
        assertThat(timeline(flock, "john")).containsExactly(susan, john);

        flock.follow("john", "david");
        assertThat(timeline(flock, "john")).containsExactly(susan, david, john);

        JsonNode first = flock.get("/api/users/john/timeline?limit=1", "Authorization", flock.bearerOf("john"))
                .json().get("items").get(0);
        assertThat(first.get("author").asString()).isEqualTo("susan");
        assertThat(first.get("body").asString()).isEqualTo("post from susan");
        assertThat(first.get("publishedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

        JsonNode johns = flock.get("/api/users/john/posts/" + john).json();
        assertThat(johns.get("body").asString()).isEqualTo("post from john");

        JsonNode profile = flock.get("/api/users/JOHN").json();
        assertThat(profile.get("username").asString()).isEqualTo("john");
        assertThat(profile.get("followers").asLong()).isZero();
        assertThat(profile.get("following").asLong()).isEqualTo(2);
        assertThat(profile.get("posts").asLong()).isEqualTo(1);
    }

    /** The ids in a user's home timeline, read one item per page to cross every page boundary. */
    private static List<String> timeline(Flock flock, String user) {
        return flock.all("/api/users/" + user + "/timeline", 1, "Authorization", flock.bearerOf(user)).stream()
                .map(item -> item.get("id").asString())
                .toList();
    }
}
