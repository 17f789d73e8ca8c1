package dev.flock.system.support;

import static dev.flock.testsupport.Http.bearer;

import dev.flock.testsupport.Http.Answer;
import dev.flock.testsupport.Http;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * A client of both services, as a test drives them: commands on the command side, queries on the query side,
 * each query carrying the newest {@code Consistency-Token} seen so far (read-your-writes).
 */
public final class Flock {

    public static final String PASSWORD = "correct horse battery";
    /** The query side's views (its {@code View} beans); ReplayIT checks that the operator API lists these. */
    public static final List<String> VIEWS = List.of("follows", "posts", "profiles", "timeline");

    private final List<Http> commandSides;
    private final AtomicInteger nextCommandSide = new AtomicInteger();
    private Http queries;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final AtomicLong newest = new AtomicLong();
    /** The newest publishedAt of a post sent through this client, in epoch milliseconds. */
    private final AtomicLong lastPublished = new AtomicLong();

    public Flock(int commandPort, int queryPort) {
        this(List.of(commandPort), queryPort);
    }

    /** A client that spreads its commands over several command-side instances, one after the other. */
    public Flock(List<Integer> commandPorts, int queryPort) {
        this.commandSides = commandPorts.stream().map(Http::new).toList();
        this.queries = new Http(queryPort);
    }

    private Http commands() {
        return commandSides.get(Math.floorMod(nextCommandSide.getAndIncrement(), commandSides.size()));
    }

    public void register(String username) {
        Answer answer = commands().send("POST", "/api/users", "{\"username\":\"" + username + "\",\"email\":\""
                + username + "@example.com\",\"password\":\"" + PASSWORD + "\"}");
        expect(answer, 201);
        tokens.put(username, commands().logIn(username, PASSWORD));
    }

    public void follow(String me, String target) {
        expect(commands().send("PUT", "/api/users/" + me + "/following/" + target, null,
                "Authorization", bearer(tokens.get(me))), 204);
    }

    public void unfollow(String me, String target) {
        expect(commands().send("DELETE", "/api/users/" + me + "/following/" + target, null,
                "Authorization", bearer(tokens.get(me))), 204);
    }

    /** Publishes a post and answers its id. */
    public String post(String me, String body) {
        return publish(me, body).json().get("id").asString();
    }

    /**
     * Publishes a post and answers the command side's 201. Posts are stamped to the millisecond, and posts of one
     * millisecond are ordered by id (docs/API.md); so that posts sent one after another through this client appear
     * in that order, as the tests expect, each waits for the clock (the services run on this machine) to pass the
     * millisecond of the last one.
     */
    public Answer publish(String me, String body) {
        while (System.currentTimeMillis() <= lastPublished.get()) {
            Thread.onSpinWait();
        }
        Answer answer = expect(commands().send("POST", "/api/users/" + me + "/posts", "{\"body\":\"" + body + "\"}",
                "Authorization", bearer(tokens.get(me))), 201);
        lastPublished.accumulateAndGet(Instant.parse(answer.json().get("publishedAt").asString()).toEpochMilli(),
                Math::max);
        return answer;
    }

    /** Logs a user registered elsewhere in, for reads that need their token. */
    /** Changes the user's password from {@link #PASSWORD} and logs in again with the new one. */
    public void changePassword(String username, String newPassword) {
        Answer answer = commands().send("PUT", "/api/users/" + username + "/password",
                "{\"password\":\"" + newPassword + "\"}", "Authorization", Http.basic(username, PASSWORD));
        expect(answer, 204);
        tokens.put(username, commands().logIn(username, newPassword));
    }

    public void logIn(String username) {
        tokens.put(username, commands().logIn(username, PASSWORD));
    }

    /** Reads from now on wait for the event store position {@code token} as well. */
    public void sawConsistencyToken(long token) {
        newest.accumulateAndGet(token, Math::max);
    }

    /** The newest {@code Consistency-Token} a command answered this client with. */
    public String lastConsistencyToken() {
        return Long.toString(newest.get());
    }

    public String bearerOf(String username) {
        return bearer(tokens.get(username));
    }

    /** A query that waits for every command so far. */
    public Answer get(String path, String... headers) {
        List<String> all = new ArrayList<>(List.of(headers));
        all.add("Consistency-Token");
        all.add(Long.toString(newest.get()));
        return queries.send("GET", path, null, all.toArray(String[]::new));
    }

    /** Every item of a paged list, following {@code next} cursors with the given page size. */
    public List<JsonNode> all(String path, int limit, String... headers) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            String separator = path.contains("?") ? "&" : "?";
            Answer page = get(path + separator + "limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor),
                    headers);
            expect(page, 200);
            page.json().get("items").forEach(items::add);
            JsonNode next = page.json().get("next");
            cursor = next == null || next.isNull() ? null : next.asString();
        } while (cursor != null);
        return items;
    }

    /** Sends the queries from now on to another query-side instance. */
    public void useQuerySide(int queryPort) {
        this.queries = new Http(queryPort);
    }

    public Http queries() {
        return queries;
    }


    private Answer expect(Answer answer, int status) {
        if (answer.status() != status) {
            throw new AssertionError("expected " + status + " but got " + answer);
        }
        String token = answer.header("Consistency-Token");
        if (token != null) {
            newest.accumulateAndGet(Long.parseLong(token), Math::max);
        }
        return answer;
    }
}
