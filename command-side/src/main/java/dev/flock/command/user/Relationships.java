package dev.flock.command.user;

import java.util.List;
import java.util.Optional;

/**
 * The command side's set-based record of what lies between users: follows, pending follow requests, blocks,
 * mutes, protected accounts, and whose post is which. A follow lives in the follower's stream, but a block or a
 * removal by the other user ends it from theirs; so the rules read this record, not the aggregate's state, and it
 * is written in the same transaction as the events of the command that changes it.
 *
 * <p>Two users acting on each other at once (B follows A while A blocks B) must not both decide on what they read
 * before the other committed: every rule about a pair runs after {@link #lockPair}, and a follow reads the
 * target's protection with {@link #lockOther}, which a switch of protection waits for. Locks are taken in one
 * order (an account's protection before any pair; pairs in id order), so they cannot deadlock.
 */
public interface Relationships {

    /** What lies between {@code me} and {@code other}, seen from {@code me}. */
    record Pair(boolean following, boolean followedBy, boolean requested, boolean requestedBy, boolean blocking,
                boolean blockedBy) {

        boolean blockedEitherWay() {
            return blocking || blockedBy;
        }
    }

    /** The other user of a rule: their name as registered, and whether their account is protected. */
    record Other(String username, boolean protectedAccount) {
    }

    /**
     * Serializes every rule about this pair until the transaction ends, and reads the pair. Also holds off the
     * deletion of {@code other}'s account until then; if it is not registered, or was deleted meanwhile,
     * {@link UnknownUserException} (so a rule that reads the pair needs no other check that {@code other} exists).
     */
    Pair lockPair(String me, String other);

    /**
     * The account's name and protection, read so that a switch of its protection, or the account's deletion,
     * waits for this transaction; {@link UnknownUserException} if it is not registered or was deleted meanwhile.
     */
    Other lockOther(String userId);

    /**
     * Locks the account for its deletion: a rule about a pair with it, in another transaction, waits in
     * {@link #lockPair} or {@link #lockOther} until this one ends, so no follow, request, block or mute with
     * the account starts while it is being deleted.
     */
    void lockAccount(String userId);

    /** Someone {@code me} has anything with (a follow, a request, a block or a mute, either way), and what. */
    record Counterpart(String other, Pair pair, boolean muting) {
    }

    /** Everyone {@code me} has anything with, in id order. */
    List<Counterpart> counterparts(String me);

    /**
     * Ends every follow, request, block and mute of the account, either way, and marks its posts deleted; answers
     * the ids of its posts that were not deleted before.
     */
    List<String> eraseAccount(String userId);

    /** Protects the account or lifts its protection; answers whether that changed anything. */
    boolean protect(String userId, boolean protect);

    /** The users whose requests to follow {@code userId} are pending, in id order (the order of their locks). */
    List<String> pendingRequestsTo(String userId);

    void follow(String follower, String followed);

    void request(String requester, String target);

    /** Ends a follow or a pending request from {@code follower} to {@code followed}. */
    void endFollow(String follower, String followed);

    /** Blocks {@code other}: every follow and request between the two ends. */
    void block(String me, String other);

    void unblock(String me, String other);

    /** A mute, and when it ends (epoch milliseconds; {@code null} until unmuted). */
    record Mute(Long endsAtMs) {

        boolean openEnded() {
            return endsAtMs == null;
        }
    }

    /** {@code me}'s mute of {@code other}, if any. */
    Optional<Mute> mute(String me, String other);

    /** Mutes {@code other} until {@code endsAtMs}, or until unmuted when it is null; replaces any mute before. */
    void mute(String me, String other, Long endsAtMs);

    void unmute(String me, String other);

    /** What is known of a post, for its author. */
    enum PostState { UNKNOWN, PUBLISHED, DELETED }

    void published(String postId, String authorId);

    PostState post(String postId, String authorId);

    void deleted(String postId);
}
