package dev.flock.system.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.testsupport.Http.Answer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What random commands did, kept apart from any projection, and the check of every view against it: each user's
 * whole timeline (page by page, with random page sizes), follower and following lists (and their order) and counts.
 */
public final class FlockModel {

    /** A published post as its 201 told. */
    public record Post(String id, String author, Instant publishedAt) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Set<List<String>> follows = ConcurrentHashMap.newKeySet();
    private final List<Post> posts = Collections.synchronizedList(new ArrayList<>());

    /**
     * {@code operations} random follows (40 %), unfollows (20 %) and posts (40 %) by the users in {@code mine}
     * towards anyone in {@code everyone}. One thread per set of acting users keeps each user's commands in order.
     */
    public void act(Flock flock, Random random, List<String> mine, List<String> everyone, int operations) {
        for (int i = 0; i < operations; i++) {
            String me = mine.get(random.nextInt(mine.size()));
            String other = everyone.get(random.nextInt(everyone.size()));
            int dice = random.nextInt(10);
            if (dice < 4 && !other.equals(me)) {
                flock.follow(me, other);
                follows.add(List.of(me, other));
            } else if (dice < 6 && !other.equals(me)) {
                flock.unfollow(me, other);
                follows.remove(List.of(me, other));
            } else {
                Answer answer = flock.publish(me, "post " + i + " by " + me);
                posts.add(new Post(answer.json().get("id").asString(), me,
                        Instant.parse(answer.json().get("publishedAt").asString())));
            }
        }
    }

    /**
     * The model as the event store tells it: every follow, unfollow and post, folded in the order of the store.
     * For checks after faults, where a client cannot know which of its unanswered commands took effect.
     */
    public static FlockModel fromEventStore(JdbcClient database) {
        FlockModel model = new FlockModel();
        Map<String, String> names = new HashMap<>();
        database.sql("""
                        select payload_type, convert_from(payload, 'UTF8'), time_stamp
                        from eventstore.domain_event_entry order by global_index""")
                .query((rs, row) -> {
                    JsonNode event = JSON.readTree(rs.getString(2));
                    String type = rs.getString(1);
                    if (type.endsWith(".UserRegistered")) {
                        names.put(event.get("userId").asString(), event.get("username").asString());
                    } else if (type.endsWith(".UserFollowed")) {
                        model.follows.add(List.of(names.get(event.get("followerId").asString()),
                                names.get(event.get("followedId").asString())));
                    } else if (type.endsWith(".UserUnfollowed")) {
                        model.follows.remove(List.of(names.get(event.get("followerId").asString()),
                                names.get(event.get("followedId").asString())));
                    } else if (type.endsWith(".PostPublished")) {
                        model.posts.add(new Post(event.get("postId").asString(),
                                names.get(event.get("authorId").asString()), Instant.parse(rs.getString(3))));
                    }
                    return type;
                })
                .list();
        return model;
    }

    public int postCount() {
        return posts.size();
    }

    /** Every view of every user equals the model; reads wait for the client's newest command. */
    public void assertViews(Flock flock, List<String> users, Random pages) {
        for (String user : users) {
            assertThat(timeline(flock, user, 1 + pages.nextInt(9)))
                    .as("timeline of %s", user)
                    .containsExactlyElementsOf(expectedTimeline(user));
            Set<String> followers = followers(user);
            Set<String> following = following(user);
            assertThat(names(flock, "/api/users/" + user + "/followers", 1 + pages.nextInt(9)))
                    .as("followers of %s", user).containsExactlyInAnyOrderElementsOf(followers);
            assertThat(names(flock, "/api/users/" + user + "/following", 1 + pages.nextInt(9)))
                    .as("following of %s", user).containsExactlyInAnyOrderElementsOf(following);
            JsonNode profile = flock.get("/api/users/" + user).json();
            assertThat(profile.get("followers").asLong()).as("followers count of %s", user)
                    .isEqualTo(followers.size());
            assertThat(profile.get("following").asLong()).as("following count of %s", user)
                    .isEqualTo(following.size());
            assertThat(profile.get("posts").asLong()).as("posts count of %s", user)
                    .isEqualTo(posts.stream().filter(p -> p.author().equals(user)).count());
        }
    }

    /** The tutorial's timeline query: posts by the user or by anyone they follow now, newest first, then by id. */
    public List<String> expectedTimeline(String user) {
        Set<String> authors = new HashSet<>(following(user));
        authors.add(user);
        synchronized (posts) {
            return posts.stream()
                    .filter(post -> authors.contains(post.author()))
                    .sorted(Comparator.comparing(Post::publishedAt).thenComparing(Post::id).reversed())
                    .map(Post::id)
                    .toList();
        }
    }

    private Set<String> followers(String user) {
        Set<String> result = new HashSet<>();
        follows.stream().filter(f -> f.get(1).equals(user)).forEach(f -> result.add(f.get(0)));
        return result;
    }

    private Set<String> following(String user) {
        Set<String> result = new HashSet<>();
        follows.stream().filter(f -> f.get(0).equals(user)).forEach(f -> result.add(f.get(1)));
        return result;
    }

    private static List<String> timeline(Flock flock, String user, int pageSize) {
        return flock.all("/api/users/" + user + "/timeline", pageSize, "Authorization", flock.bearerOf(user))
                .stream().map(item -> item.get("id").asString()).toList();
    }

    /** The usernames of a follow list, checking it is ordered most recent follow first. */
    private static List<String> names(Flock flock, String path, int pageSize) {
        List<JsonNode> items = flock.all(path, pageSize);
        List<Instant> since = items.stream().map(item -> Instant.parse(item.get("since").asString())).toList();
        assertThat(since).isSortedAccordingTo(Comparator.reverseOrder());
        return items.stream().map(item -> item.get("username").asString()).toList();
    }
}
