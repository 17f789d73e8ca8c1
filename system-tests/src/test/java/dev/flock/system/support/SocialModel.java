package dev.flock.system.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.testsupport.Http.Answer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The rules of API v1 and v2 as a client would state them, in memory: follows, follow requests, blocks, mutes,
 * protected accounts, posts and their deletion. Random commands are sent through the command API one after another
 * (each answer's status is checked against the model's), and afterwards every view is compared with the model:
 * each user's whole timeline (page by page), follower and following lists, counts, blocks, mutes and pending
 * requests, the relationship of random pairs as each sees it, the profile's protection, and who may read a
 * protected account's posts and lists.
 */
public final class SocialModel {

    private record PostRecord(String id, String author, Instant publishedAt) {
    }

    private final Set<List<String>> follows = new HashSet<>();
    private final Set<List<String>> requests = new HashSet<>();
    private final Set<List<String>> blocks = new HashSet<>();
    /** Muter and muted, to the mute's duration in seconds (0: until unmuted). */
    private final Map<List<String>, Long> mutes = new HashMap<>();
    private final Set<String> protectedAccounts = new HashSet<>();
    private final List<PostRecord> posts = new ArrayList<>();
    private final Set<String> deleted = new HashSet<>();
    /** Deleted accounts. */
    private final Set<String> gone = new HashSet<>();

    /** {@code operations} random commands by random users, each answer checked against the model. */
    public void act(Flock flock, Random random, List<String> users, int operations) {
        for (int i = 0; i < operations; i++) {
            String me = users.get(random.nextInt(users.size()));
            String other = users.get(random.nextInt(users.size()));
            int dice = random.nextInt(1_000);
            if (other.equals(me) && dice < 700 || gone.contains(me)) {
                continue;
            }
            String base = "/api/users/" + me;
            if (dice < 640 && gone.contains(other)) {
                String[] call = new String[] {"PUT /following/", "DELETE /following/", "PUT /blocks/", "DELETE /mutes/",
                        "DELETE /followers/", "PUT /follow-requests/"}[random.nextInt(6)].split(" ");
                flock.command(me, call[0], base + call[1] + other, null, 404);
                continue;
            }
            dice /= 10;
            if (dice < 22) {
                int expected = follow(me, other);
                flock.command(me, "PUT", base + "/following/" + other, null, expected);
            } else if (dice < 30) {
                unfollow(me, other);
                flock.command(me, "DELETE", base + "/following/" + other, null, 204);
            } else if (dice < 34) {
                block(me, other);
                flock.command(me, "PUT", base + "/blocks/" + other, null, 204);
            } else if (dice < 37) {
                blocks.remove(List.of(me, other));
                flock.command(me, "DELETE", base + "/blocks/" + other, null, 204);
            } else if (dice < 42) {
                long seconds = random.nextBoolean() ? 0 : 3_600 + random.nextInt(3_600);
                mutes.put(List.of(me, other), seconds);
                flock.command(me, "PUT", base + "/mutes/" + other,
                        seconds == 0 ? null : "{\"durationSeconds\":" + seconds + "}", 204);
            } else if (dice < 46) {
                mutes.remove(List.of(me, other));
                flock.command(me, "DELETE", base + "/mutes/" + other, null, 204);
            } else if (dice < 49) {
                follows.remove(List.of(other, me));
                flock.command(me, "DELETE", base + "/followers/" + other, null, 204);
            } else if (dice < 53) {
                boolean pending = requests.remove(List.of(other, me));
                if (pending) {
                    follows.add(List.of(other, me));
                }
                flock.command(me, "PUT", base + "/follow-requests/" + other, null, pending ? 204 : 404);
            } else if (dice < 55) {
                requests.remove(List.of(other, me));
                flock.command(me, "DELETE", base + "/follow-requests/" + other, null, 204);
            } else if (dice < 60) {
                boolean protect = random.nextInt(3) > 0;
                protect(me, protect);
                flock.command(me, "PATCH", base, "{\"protected\":" + protect + "}", 204);
            } else if (dice < 64) {
                deleteRandomPost(flock, random, me);
            } else if (dice == 64 && random.nextInt(10) < 3) {
                deleteAccount(me);
                flock.deleteAccount(me);
                flock.command(me, "POST", base + "/posts", "{\"body\":\"after\"}", 401);
            } else {
                Answer answer = flock.publish(me, "post " + i + " by " + me);
                posts.add(new PostRecord(answer.json().get("id").asString(), me,
                        Instant.parse(answer.json().get("publishedAt").asString())));
            }
        }
    }

    private int follow(String me, String target) {
        if (blocks.contains(List.of(me, target)) || blocks.contains(List.of(target, me))) {
            return 403;
        }
        if (follows.contains(List.of(me, target))) {
            return 204;
        }
        if (requests.contains(List.of(me, target))) {
            return 202;
        }
        if (protectedAccounts.contains(target)) {
            requests.add(List.of(me, target));
            return 202;
        }
        follows.add(List.of(me, target));
        return 204;
    }

    private void unfollow(String me, String target) {
        follows.remove(List.of(me, target));
        requests.remove(List.of(me, target));
    }

    private void block(String me, String target) {
        for (Set<List<String>> pairs : List.of(follows, requests)) {
            pairs.remove(List.of(me, target));
            pairs.remove(List.of(target, me));
        }
        blocks.add(List.of(me, target));
    }

    private void protect(String me, boolean protect) {
        if (protect) {
            protectedAccounts.add(me);
        } else if (protectedAccounts.remove(me)) {
            List<List<String>> pending = requests.stream().filter(r -> r.get(1).equals(me)).toList();
            pending.forEach(request -> {
                requests.remove(request);
                follows.add(request);
            });
        }
    }

    /** The accounts the random commands deleted. */
    public Set<String> deletedAccounts() {
        return Set.copyOf(gone);
    }

    /** Every follow, request, block and mute of the account ends; its posts leave every view. */
    private void deleteAccount(String me) {
        for (Set<List<String>> pairs : List.of(follows, requests, blocks, mutes.keySet())) {
            pairs.removeIf(pair -> pair.contains(me));
        }
        gone.add(me);
    }

    /** Deletes one of the user's posts (sometimes one deleted already), or tries another's (404). */
    private void deleteRandomPost(Flock flock, Random random, String me) {
        if (posts.isEmpty()) {
            return;
        }
        PostRecord post = posts.get(random.nextInt(posts.size()));
        boolean own = post.author().equals(me);
        if (own) {
            deleted.add(post.id());
        }
        flock.command(me, "DELETE", "/api/users/" + me + "/posts/" + post.id(), null, own ? 204 : 404);
    }

    /** Every view of every user equals the model; reads wait for the newest command. */
    public void assertViews(Flock flock, List<String> users, Random random) {
        for (String user : users) {
            String token = flock.bearerOf(user);
            if (gone.contains(user)) {
                assertGone(flock, user, token);
                continue;
            }
            assertThat(ids(flock.all("/api/users/" + user + "/timeline", 1 + random.nextInt(9),
                    "Authorization", token))).as("timeline of %s", user).containsExactlyElementsOf(timeline(user));
            assertThat(ids(flock.all("/api/users/" + user + "/posts", 1 + random.nextInt(9), "Authorization", token)))
                    .as("posts of %s", user).containsExactlyElementsOf(postsOf(user));
            Set<String> followers = others(follows, user, 1);
            Set<String> following = others(follows, user, 0);
            assertThat(names(flock, "/api/users/" + user + "/followers", random, token))
                    .as("followers of %s", user).containsExactlyInAnyOrderElementsOf(followers);
            assertThat(names(flock, "/api/users/" + user + "/following", random, token))
                    .as("following of %s", user).containsExactlyInAnyOrderElementsOf(following);
            assertThat(names(flock, "/api/users/" + user + "/blocks", random, token))
                    .as("blocks of %s", user).containsExactlyInAnyOrderElementsOf(others(blocks, user, 0));
            assertThat(names(flock, "/api/users/" + user + "/follow-requests", random, token))
                    .as("requests to %s", user).containsExactlyInAnyOrderElementsOf(others(requests, user, 1));
            List<JsonNode> muted = flock.all("/api/users/" + user + "/mutes", 1 + random.nextInt(9),
                    "Authorization", token);
            assertThat(muted.stream().collect(Collectors.toMap(item -> item.get("username").asString(),
                    item -> item.get("expiresAt").isNull())))
                    .as("mutes of %s (open-ended or not)", user)
                    .isEqualTo(mutes.entrySet().stream().filter(mute -> mute.getKey().get(0).equals(user))
                            .collect(Collectors.toMap(mute -> mute.getKey().get(1), mute -> mute.getValue() == 0)));
            JsonNode profile = flock.get("/api/users/" + user).json();
            assertThat(profile.get("followers").asLong()).as("followers count of %s", user)
                    .isEqualTo(followers.size());
            assertThat(profile.get("following").asLong()).as("following count of %s", user)
                    .isEqualTo(following.size());
            assertThat(profile.get("posts").asLong()).as("posts count of %s", user)
                    .isEqualTo(postsOf(user).size());
            assertThat(profile.get("protected").asBoolean()).as("protection of %s", user)
                    .isEqualTo(protectedAccounts.contains(user));

            String other = users.get(random.nextInt(users.size()));
            if (gone.contains(other)) {
                assertThat(flock.get("/api/users/" + user + "/relationships/" + other, "Authorization", token)
                        .status()).as("relationship of %s to deleted %s", user, other).isEqualTo(404);
            } else if (!other.equals(user)) {
                assertRelationship(flock, user, other, token);
                assertAccess(flock, user, other);
            }
        }
    }

    /** Every path naming a deleted account is a 404; its own token is refused (401). */
    private static void assertGone(Flock flock, String user, String token) {
        for (String path : List.of("", "/posts", "/followers", "/following")) {
            assertThat(flock.get("/api/users/" + user + path).status()).as("deleted %s%s", user, path).isEqualTo(404);
        }
        assertThat(flock.get("/api/users/" + user + "/timeline", "Authorization", token).status())
                .as("timeline of deleted %s with its token", user).isEqualTo(401);
    }

    private void assertRelationship(Flock flock, String user, String other, String token) {
        JsonNode seen = flock.get("/api/users/" + user + "/relationships/" + other, "Authorization", token).json();
        Map<String, Boolean> expected = Map.of(
                "following", follows.contains(List.of(user, other)),
                "followedBy", follows.contains(List.of(other, user)),
                "blocking", blocks.contains(List.of(user, other)),
                "blockedBy", blocks.contains(List.of(other, user)),
                "muting", mutes.containsKey(List.of(user, other)),
                "requested", requests.contains(List.of(user, other)),
                "requestedBy", requests.contains(List.of(other, user)));
        expected.forEach((field, value) ->
                assertThat(seen.get(field).asBoolean()).as("%s of %s to %s", field, user, other).isEqualTo(value));
        JsonNode anonymous = flock.get("/api/users/" + user + "/relationships/" + other).json();
        assertThat(anonymous.has("blocking")).as("private flags without a token").isFalse();
    }

    /** Whether {@code reader} may read {@code author}'s posts and lists, and without a token. */
    private void assertAccess(Flock flock, String author, String reader) {
        boolean open = !protectedAccounts.contains(author) || follows.contains(List.of(reader, author));
        for (String list : List.of("posts", "followers", "following")) {
            String path = "/api/users/" + author + "/" + list;
            assertThat(flock.get(path, "Authorization", flock.bearerOf(reader)).status())
                    .as("%s reading %s", reader, path).isEqualTo(open ? 200 : 403);
            assertThat(flock.get(path).status()).as("anonymous reading %s", path)
                    .isEqualTo(protectedAccounts.contains(author) ? 401 : 200);
        }
    }

    /** Posts not deleted by the user or by anyone they follow and do not mute, newest first, then by id. */
    private List<String> timeline(String user) {
        Set<String> authors = new HashSet<>(others(follows, user, 0));
        authors.removeIf(author -> mutes.containsKey(List.of(user, author)));
        authors.add(user);
        return newestFirst(post -> authors.contains(post.author()));
    }

    private List<String> postsOf(String user) {
        return newestFirst(post -> post.author().equals(user));
    }

    private List<String> newestFirst(java.util.function.Predicate<PostRecord> which) {
        return posts.stream()
                .filter(post -> !deleted.contains(post.id()) && !gone.contains(post.author()) && which.test(post))
                .sorted(Comparator.comparing(PostRecord::publishedAt).thenComparing(PostRecord::id).reversed())
                .map(PostRecord::id)
                .toList();
    }

    /** The other member of each pair whose {@code side} (0 first, 1 second) is {@code user}. */
    private static Set<String> others(Set<List<String>> pairs, String user, int side) {
        return pairs.stream().filter(pair -> pair.get(side).equals(user)).map(pair -> pair.get(1 - side))
                .collect(Collectors.toSet());
    }

    private static List<String> ids(List<JsonNode> items) {
        return items.stream().map(item -> item.get("id").asString()).toList();
    }

    /** The usernames of a list, checking it is ordered most recent first. */
    private static List<String> names(Flock flock, String path, Random random, String token) {
        List<JsonNode> items = flock.all(path, 1 + random.nextInt(9), "Authorization", token);
        List<Instant> since = items.stream().map(item -> Instant.parse(item.get("since").asString())).toList();
        assertThat(since).isSortedAccordingTo(Comparator.reverseOrder());
        return items.stream().map(item -> item.get("username").asString()).toList();
    }
}
