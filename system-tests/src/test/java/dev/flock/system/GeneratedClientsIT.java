package dev.flock.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.flock.client.command.api.TokensApi;
import dev.flock.client.command.api.UsersApi;
import dev.flock.client.command.model.PublishPostRequest;
import dev.flock.client.command.model.RegisterUserRequest;
import dev.flock.client.query.api.PostsApi;
import dev.flock.client.query.api.ProfilesApi;
import dev.flock.client.query.api.TimelineApi;
import dev.flock.client.query.model.PagePostItem;
import dev.flock.client.query.model.PostItem;
import dev.flock.client.query.model.ProfileView;
import dev.flock.system.support.FlockSystemTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The tutorial's story (john, susan, mary, david; "Followers", test_follow_posts) told only through clients that
 * openapi-generator made from the committed OpenAPI documents (docs/openapi/, the system-tests pom), as a client
 * author would use them: the generated models and calls, each command's {@code Consistency-Token} header read from
 * the generated response and given back to the generated query calls (read-your-writes, as the documents describe
 * it), every timeline read page by page through the documents' cursor, whose {@code null} on the last page the
 * generated model must take. The users are {@code john_oas} and so on: the context, and so the database, is shared
 * with the other {@link FlockSystemTest}s, whose SeedStoryIT has the plain names.
 */
@FlockSystemTest
class GeneratedClientsIT {

    private static final String PASSWORD = "correct horse battery";
    private static final String JOHN = "john_oas";
    private static final String SUSAN = "susan_oas";
    private static final String MARY = "mary_oas";
    private static final String DAVID = "david_oas";

    @LocalServerPort
    int queryPort;
    @Value("${flock.test.command-port}")
    int commandPort;

    /** The newest {@code Consistency-Token} a command answered, sent with every query. */
    private final AtomicLong consistency = new AtomicLong();

    @Test
    void theTutorialsStoryThroughGeneratedClients() throws Exception {
        Map<String, String> bearers = new HashMap<>();
        for (String user : List.of(JOHN, SUSAN, MARY, DAVID)) {
            new UsersApi(commandClient()).register(new RegisterUserRequest().username(user)
                    .email(user + "@example.com").password(PASSWORD));
            String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            String token = new TokensApi(commandClient()).issue(Map.of("Authorization", "Basic " + basic)).getToken();
            bearers.put(user, "Bearer " + token);
        }
        follow(bearers, JOHN, SUSAN);
        follow(bearers, JOHN, DAVID);
        follow(bearers, SUSAN, MARY);
        follow(bearers, MARY, DAVID);
        String john = post(bearers, JOHN, "post from john");
        String david = post(bearers, DAVID, "post from david");
        String mary = post(bearers, MARY, "post from mary");
        String susan = post(bearers, SUSAN, "post from susan");

        assertThat(timeline(bearers, JOHN)).containsExactly(susan, david, john);
        assertThat(timeline(bearers, SUSAN)).containsExactly(susan, mary);
        assertThat(timeline(bearers, MARY)).containsExactly(mary, david);
        assertThat(timeline(bearers, DAVID)).containsExactly(david);

        remember(new UsersApi(commandClient()).unfollowWithHttpInfo(JOHN, DAVID,
                Map.of("Authorization", bearers.get(JOHN))).getHeaders());
        assertThat(timeline(bearers, JOHN)).containsExactly(susan, john);

        PostItem johns = new PostsApi(queryClient()).post(JOHN, john, token());
        assertThat(johns.getAuthor()).isEqualTo(JOHN);
        assertThat(johns.getBody()).isEqualTo("post from john");
        ProfileView profile = new ProfilesApi(queryClient()).profile(JOHN, token());
        assertThat(profile.getFollowing()).isEqualTo(1);
        assertThat(profile.getPosts()).isEqualTo(1);

        // an error the document describes comes back as the generated client's exception, with its status
        dev.flock.client.query.ApiException unknown = catchThrowableOfType(
                dev.flock.client.query.ApiException.class,
                () -> new ProfilesApi(queryClient()).profile("nobody", token()));
        assertThat(unknown.getCode()).isEqualTo(404);
        assertThat(unknown.getResponseBody()).contains("\"status\":404");
    }

    private void follow(Map<String, String> bearers, String me, String target) throws Exception {
        remember(new UsersApi(commandClient()).followWithHttpInfo(me, target,
                Map.of("Authorization", bearers.get(me))).getHeaders());
    }

    private String post(Map<String, String> bearers, String me, String body) throws Exception {
        var published = new UsersApi(commandClient()).publishWithHttpInfo(me, new PublishPostRequest().body(body),
                null, Map.of("Authorization", bearers.get(me)));
        remember(published.getHeaders());
        return published.getData().getId();
    }

    /** A user's home timeline, one item a page, following each page's {@code next} until it is null. */
    private List<String> timeline(Map<String, String> bearers, String user) throws Exception {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            PagePostItem page = new TimelineApi(queryClient()).timeline(user, 1, cursor, token(),
                    Map.of("Authorization", bearers.get(user)));
            page.getItems().forEach(item -> ids.add(item.getId()));
            cursor = page.getNext();
        } while (cursor != null);
        return ids;
    }

    private void remember(Map<String, List<String>> headers) {
        List<String> token = headers.get("consistency-token");
        assertThat(token).as("every command answers a Consistency-Token").isNotNull();
        consistency.accumulateAndGet(Long.parseLong(token.get(0)), Math::max);
    }

    private String token() {
        return Long.toString(consistency.get());
    }

    private dev.flock.client.command.ApiClient commandClient() {
        var client = new dev.flock.client.command.ApiClient();
        client.updateBaseUri("http://localhost:" + commandPort);
        return client;
    }

    private dev.flock.client.query.ApiClient queryClient() {
        var client = new dev.flock.client.query.ApiClient();
        client.updateBaseUri("http://localhost:" + queryPort);
        return client;
    }
}
