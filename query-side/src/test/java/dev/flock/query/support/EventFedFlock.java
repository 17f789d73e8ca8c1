package dev.flock.query.support;

import dev.flock.events.PasswordChanged;
import dev.flock.events.PostPublished;
import dev.flock.events.UserFollowed;
import dev.flock.events.UserRegistered;
import dev.flock.events.UserUnfollowed;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Flock as the query side sees it, with no command side: what users do is appended to the event store as the
 * command side would append it ({@link EventStoreFixture}), and queries wait for it with its position as their
 * {@code Consistency-Token}. Bearer tokens are signed with this JVM's test key ({@link TestTokens}).
 */
public final class EventFedFlock extends Reads {

    private final EventStoreFixture events;
    private final Map<String, String> ids = new ConcurrentHashMap<>();
    private final Map<String, Integer> credentialVersions = new ConcurrentHashMap<>();

    public EventFedFlock(String jdbcUrl, int queryPort) {
        super(queryPort);
        this.events = new EventStoreFixture(jdbcUrl);
    }

    /** Registers the user; answers their id. */
    public String register(String username) {
        String id = UUID.randomUUID().toString();
        ids.put(username, id);
        append(id, new UserRegistered(id, username, username + "@example.com"));
        return id;
    }

    public void follow(String me, String target) {
        append(id(me), new UserFollowed(id(me), id(target), me, target));
    }

    public void unfollow(String me, String target) {
        append(id(me), new UserUnfollowed(id(me), id(target)));
    }

    /** Publishes a post, a millisecond after the one before; answers its id. */
    public String post(String me, String body) {
        String post = UUID.randomUUID().toString();
        append(id(me), new PostPublished(post, id(me), body));
        return post;
    }

    /** The user changes their password: tokens issued before are refused from then on. */
    public void changePassword(String username) {
        append(id(username), new PasswordChanged(id(username), credentialVersions.merge(username, 1, Integer::sum)));
    }

    /** A bearer token of the user, issued now. */
    public String bearerOf(String username) {
        return TestTokens.bearer(id(username), username, credentialVersions.getOrDefault(username, 0));
    }

    public String id(String username) {
        String id = ids.get(username);
        if (id == null) {
            throw new IllegalArgumentException(username + " was not registered through this client");
        }
        return id;
    }

    private void append(String userId, Object event) {
        sawConsistencyToken(events.append(userId, event));
    }
}
