package dev.flock.query.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.query.support.Flock;
import dev.flock.query.support.FlockSystemTest;
import dev.flock.testsupport.Http.Answer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Thousands of random follows, unfollows and posts over dozens of users, through the command API from several
 * threads, while every view's processor is stopped; then the processors start and catch up with 4 segments each,
 * in batches, in parallel, which is where a wrong sequencing policy loses or doubles timeline entries. Every
 * user's whole timeline (page by page), follower and following lists and counts are then compared with a model
 * computed here from the commands alone.
 */
@FlockSystemTest
class TimelineModelIT {

    private static final int USERS = 40;
    private static final int OPERATIONS = 2_400;
    private static final int THREADS = 4;

    @LocalServerPort
    int queryPort;
    @Value("${flock.test.command-port}")
    int commandPort;
    @Autowired
    EventProcessingConfiguration processors;

    /** What the commands did, independent of any projection. */
    private record Post(String id, String author, Instant publishedAt) {
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 42, 2026})
    void everyViewEqualsTheModelAfterAParallelCatchUp(long seed) throws Exception {
        Flock flock = new Flock(commandPort, queryPort);
        List<String> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            users.add("m" + seed + "_user" + i);
        }
        for (String user : users) {
            flock.register(user);
        }
        Set<List<String>> follows = ConcurrentHashMap.newKeySet();
        List<Post> posts = Collections.synchronizedList(new ArrayList<>());

        processors.eventProcessors().values().forEach(EventProcessor::shutDown);
        try {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                // Each thread acts for its own users, so every user's commands keep their order.
                List<String> mine = users.subList(t * USERS / THREADS, (t + 1) * USERS / THREADS);
                Random random = new Random(seed * 31 + t);
                work.add(pool.submit(() -> act(flock, random, mine, users, follows, posts)));
            }
            for (Future<?> done : work) {
                done.get();
            }
            pool.shutdown();
        } finally {
            processors.eventProcessors().values().forEach(EventProcessor::start);
        }

        Random pages = new Random(seed);
        for (String user : users) {
            assertThat(timeline(flock, user, 1 + pages.nextInt(9)))
                    .as("timeline of %s", user)
                    .containsExactlyElementsOf(expectedTimeline(user, follows, posts));
            Set<String> followers = followers(follows, user);
            Set<String> following = following(follows, user);
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

    private static Void act(Flock flock, Random random, List<String> mine, List<String> everyone,
                            Set<List<String>> follows, List<Post> posts) {
        for (int i = 0; i < OPERATIONS / THREADS; i++) {
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
        return null;
    }

    /** The seed's query: posts by the user or by anyone they follow now, newest first, then by id. */
    private static List<String> expectedTimeline(String user, Set<List<String>> follows, List<Post> posts) {
        Set<String> authors = new HashSet<>(following(follows, user));
        authors.add(user);
        return posts.stream()
                .filter(post -> authors.contains(post.author()))
                .sorted(Comparator.comparing(Post::publishedAt).thenComparing(Post::id).reversed())
                .map(Post::id)
                .toList();
    }

    private static Set<String> followers(Set<List<String>> follows, String user) {
        Set<String> result = new HashSet<>();
        follows.stream().filter(f -> f.get(1).equals(user)).forEach(f -> result.add(f.get(0)));
        return result;
    }

    private static Set<String> following(Set<List<String>> follows, String user) {
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
