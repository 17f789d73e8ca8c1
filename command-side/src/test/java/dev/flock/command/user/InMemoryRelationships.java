package dev.flock.command.user;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link Relationships} in memory, for aggregate tests without a database: the rules' record of follows,
 * requests, blocks, mutes, protection and posts. Locks are no-ops (one thread). {@code JdbcRelationships}, its
 * locks and races, are tested against PostgreSQL in {@code RelationshipsIT}.
 */
class InMemoryRelationships implements Relationships {

    private final Map<List<String>, Character> follows = new HashMap<>();
    private final Set<List<String>> blocks = new HashSet<>();
    private final Map<List<String>, Long> mutes = new HashMap<>();
    private final Set<String> protectedAccounts = new HashSet<>();
    private final Map<String, String> authors = new HashMap<>();
    private final Set<String> deletedPosts = new HashSet<>();

    /** Sentinel for an open-ended mute in {@link #mutes}. */
    private static final long OPEN = Long.MIN_VALUE;

    private final UserDirectory directory;

    /** The record of the users {@code directory} holds: a pair or an account of anyone else is unknown (404). */
    InMemoryRelationships(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Pair lockPair(String me, String other) {
        lockOther(other);
        return pairOf(me, other);
    }

    private Pair pairOf(String me, String other) {
        return new Pair(follows.get(List.of(me, other)) == Character.valueOf('F'),
                follows.get(List.of(other, me)) == Character.valueOf('F'),
                follows.get(List.of(me, other)) == Character.valueOf('R'),
                follows.get(List.of(other, me)) == Character.valueOf('R'),
                blocks.contains(List.of(me, other)), blocks.contains(List.of(other, me)));
    }

    @Override
    public Other lockOther(String userId) {
        String name = directory.usernameOf(userId).orElseThrow(() -> new UnknownUserException(userId));
        return new Other(name, protectedAccounts.contains(userId));
    }

    @Override
    public void lockAccount(String userId) {
        // one thread
    }

    @Override
    public List<Counterpart> counterparts(String me) {
        Set<String> others = new TreeSet<>();
        follows.keySet().forEach(pair -> others.addAll(pair));
        blocks.forEach(others::addAll);
        mutes.keySet().forEach(others::addAll);
        return others.stream()
                .filter(other -> !other.equals(me))
                .map(other -> new Counterpart(other, pairOf(me, other), muting(me, other)))
                .filter(c -> c.muting() || mute(c.other(), me).isPresent()
                        || !c.pair().equals(new Pair(false, false, false, false, false, false)))
                .toList();
    }

    @Override
    public List<String> eraseAccount(String userId) {
        follows.keySet().removeIf(pair -> pair.contains(userId));
        blocks.removeIf(pair -> pair.contains(userId));
        mutes.keySet().removeIf(pair -> pair.contains(userId));
        List<String> posts = authors.entrySet().stream()
                .filter(post -> post.getValue().equals(userId) && !deletedPosts.contains(post.getKey()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        deletedPosts.addAll(posts);
        return posts;
    }

    @Override
    public boolean protect(String userId, boolean protect) {
        return protect ? protectedAccounts.add(userId) : protectedAccounts.remove(userId);
    }

    @Override
    public List<String> pendingRequestsTo(String userId) {
        return follows.entrySet().stream()
                .filter(entry -> entry.getKey().get(1).equals(userId) && entry.getValue() == 'R')
                .map(entry -> entry.getKey().get(0))
                .sorted()
                .toList();
    }

    @Override
    public void follow(String follower, String followed) {
        follows.put(List.of(follower, followed), 'F');
    }

    @Override
    public void request(String requester, String target) {
        follows.put(List.of(requester, target), 'R');
    }

    @Override
    public void endFollow(String follower, String followed) {
        follows.remove(List.of(follower, followed));
    }

    @Override
    public void block(String me, String other) {
        endFollow(me, other);
        endFollow(other, me);
        blocks.add(List.of(me, other));
    }

    @Override
    public void unblock(String me, String other) {
        blocks.remove(List.of(me, other));
    }

    @Override
    public Optional<Mute> mute(String me, String other) {
        return Optional.ofNullable(mutes.get(List.of(me, other))).map(end -> new Mute(end == OPEN ? null : end));
    }

    @Override
    public void mute(String me, String other, Long endsAtMs) {
        mutes.put(List.of(me, other), endsAtMs == null ? OPEN : endsAtMs);
    }

    @Override
    public void unmute(String me, String other) {
        mutes.remove(List.of(me, other));
    }

    @Override
    public void published(String postId, String authorId) {
        authors.put(postId, authorId);
    }

    @Override
    public PostState post(String postId, String authorId) {
        if (!authorId.equals(authors.get(postId))) {
            return PostState.UNKNOWN;
        }
        return deletedPosts.contains(postId) ? PostState.DELETED : PostState.PUBLISHED;
    }

    @Override
    public void deleted(String postId) {
        deletedPosts.add(postId);
    }

    boolean muting(String me, String other) {
        return mute(me, other).isPresent();
    }

    boolean follows(String follower, String followed) {
        return lockPair(follower, followed).following();
    }
}
