package dev.flock.system.support;

import static dev.flock.testsupport.Http.bearer;

import dev.flock.query.support.Reads;
import dev.flock.testsupport.Http.Answer;
import dev.flock.testsupport.Http;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A client of both services, as a test drives them: commands on the command side, queries on the query side,
 * each query carrying the newest {@code Consistency-Token} seen so far (read-your-writes).
 */
public final class Flock extends Reads {

    public static final String PASSWORD = "correct horse battery";
    /** The query side's views (its {@code View} beans; its ReplayIT checks that the operator API lists these). */
    public static final List<String> VIEWS = List.of("follows", "posts", "profiles", "relationships", "timeline");

    private final List<Http> commandSides;
    private final AtomicInteger nextCommandSide = new AtomicInteger();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    /** The newest publishedAt of a post sent through this client, in epoch milliseconds. */
    private final AtomicLong lastPublished = new AtomicLong();

    public Flock(int commandPort, int queryPort) {
        this(List.of(commandPort), queryPort);
    }

    /** A client that spreads its commands over several command-side instances, one after the other. */
    public Flock(List<Integer> commandPorts, int queryPort) {
        super(queryPort);
        this.commandSides = commandPorts.stream().map(Http::new).toList();
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

    /**
     * A command of {@code me} with their bearer token, expected to answer one of {@code statuses}; answers the
     * status. Its {@code Consistency-Token}, if any, is sent with every later read.
     */
    public int command(String me, String method, String path, String json, int... statuses) {
        Answer answer = commands().send(method, path, json, "Authorization", bearer(tokens.get(me)));
        for (int status : statuses) {
            if (answer.status() == status) {
                return expect(answer, status).status();
            }
        }
        throw new AssertionError(method + " " + path + ": expected one of " + java.util.Arrays.toString(statuses)
                + " but got " + answer);
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

    /** Changes the user's password from {@link #PASSWORD} and logs in again with the new one. */
    public void changePassword(String username, String newPassword) {
        Answer answer = commands().send("PUT", "/api/users/" + username + "/password",
                "{\"password\":\"" + newPassword + "\"}", "Authorization", Http.basic(username, PASSWORD));
        expect(answer, 204);
        tokens.put(username, commands().logIn(username, newPassword));
    }

    /** Deletes the account (with {@link #PASSWORD}); its old token stays here, for tests that it is refused. */
    public void deleteAccount(String username) {
        expect(commands().send("DELETE", "/api/users/" + username, null, "Authorization",
                Http.basic(username, PASSWORD)), 204);
    }

    /** Logs a user registered elsewhere in, for reads that need their token. */
    public void logIn(String username) {
        tokens.put(username, commands().logIn(username, PASSWORD));
    }

    public String bearerOf(String username) {
        return bearer(tokens.get(username));
    }

    private Answer expect(Answer answer, int status) {
        if (answer.status() != status) {
            throw new AssertionError("expected " + status + " but got " + answer);
        }
        String token = answer.header("Consistency-Token");
        if (token != null) {
            sawConsistencyToken(Long.parseLong(token));
        }
        return answer;
    }
}
