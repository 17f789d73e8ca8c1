package dev.flock.command.user;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.flock.events.AccountDeleted;
import dev.flock.events.AccountProtected;
import dev.flock.events.AccountUnprotected;
import dev.flock.events.FollowRequestApproved;
import dev.flock.events.FollowRequestRejected;
import dev.flock.events.FollowRequestWithdrawn;
import dev.flock.events.FollowRequested;
import dev.flock.events.FollowerRemoved;
import dev.flock.events.PasswordChanged;
import dev.flock.events.PostDeleted;
import dev.flock.events.PostPublished;
import dev.flock.events.UserBlocked;
import dev.flock.events.UserFollowed;
import dev.flock.events.UserMuted;
import dev.flock.events.UserRegistered;
import dev.flock.events.UserUnblocked;
import dev.flock.events.UserUnfollowed;
import dev.flock.events.UserUnmuted;
import dev.flock.web.events.PersonalDataKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A Flock user: the rules of their commands, and the posts they published in the last day (to answer a repeated
 * {@code Idempotency-Key} with the first receipt).
 *
 * <p>What lies between two users (follows, requests, blocks, mutes) is not kept here: a follow lives in the
 * follower's stream, but the other user can end it from theirs (a block, a removal), so the rules read and write
 * {@link Relationships}, in the command's transaction and under a lock on the pair. A block, an unfollow and a
 * new follow of the same two users therefore decide on the same record, in order, whichever streams they are in.
 *
 * <p>Posts live in the author's stream, so a busy user's stream grows without end; the
 * {@code userSnapshotTrigger} keeps loading it short. The snapshot is this object in JSON, hence the field
 * visibility; {@link Revision} changes whenever its fields do, so old snapshots are skipped, not misread (revision 1
 * held the set of followed users; revision 3 added {@code deleted}).
 */
@Aggregate(snapshotTriggerDefinition = "userSnapshotTrigger", cache = "userCache")
@Revision("3")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
class UserAggregate {

    static final String IDEMPOTENCY_KEY = "idempotencyKey";
    static final Duration IDEMPOTENCY_WINDOW = Duration.ofHours(24);
    static final String MUTE_ENDS = "mute-ends";

    @AggregateIdentifier
    private String userId;
    private String username;
    /** Idempotency keys of the last 24 hours, oldest first. */
    private LinkedHashMap<String, PostReceipt> recentKeys = new LinkedHashMap<>();
    private boolean deleted;
    /** The receipt of the post applied last; only meaningful within the command that applied it. */
    @JsonIgnore
    private PostReceipt lastReceipt;

    UserAggregate() {
        // for Axon and Jackson
    }

    @CommandHandler
    UserAggregate(RegisterUserCommand command, UserDirectory directory) {
        switch (directory.reserve(command.userId(), command.username(), command.email(), command.passwordHash())) {
            case USERNAME_TAKEN -> throw new UsernameTakenException(command.username());
            case EMAIL_TAKEN -> throw new EmailTakenException();
            case RESERVED -> apply(new UserRegistered(command.userId(), command.username(), command.email()));
        }
    }

    @CommandHandler
    FollowOutcome handle(FollowUserCommand command, Relationships relationships) {
        String target = command.targetId();
        requireNotSelf(target, "follow");
        Relationships.Other other = relationships.lockOther(target);
        Relationships.Pair pair = relationships.lockPair(userId, target);
        if (pair.blockedEitherWay()) {
            throw new BlockedException();
        }
        if (pair.following()) {
            return FollowOutcome.FOLLOWING;
        }
        if (pair.requested()) {
            return FollowOutcome.REQUESTED;
        }
        if (other.protectedAccount()) {
            relationships.request(userId, target);
            apply(new FollowRequested(userId, target, username, other.username()));
            return FollowOutcome.REQUESTED;
        }
        relationships.follow(userId, target);
        apply(new UserFollowed(userId, target, username, other.username()));
        return FollowOutcome.FOLLOWING;
    }

    /** Ends the follow, or withdraws the pending request. */
    @CommandHandler
    void handle(UnfollowUserCommand command, Relationships relationships) {
        String target = command.targetId();
        requireNotSelf(target, "unfollow");
        Relationships.Pair pair = relationships.lockPair(userId, target);
        if (pair.following()) {
            relationships.endFollow(userId, target);
            apply(new UserUnfollowed(userId, target));
        } else if (pair.requested()) {
            relationships.endFollow(userId, target);
            apply(new FollowRequestWithdrawn(userId, target));
        }
    }

    /**
     * Ends every follow and request between the two, each with its own event (so that the views, and the target's
     * later commands, see the follow end), then blocks.
     */
    @CommandHandler
    void handle(BlockUserCommand command, UserDirectory directory, Relationships relationships) {
        String target = command.targetId();
        String targetName = requireOther(target, "block", directory);
        Relationships.Pair pair = relationships.lockPair(userId, target);
        if (pair.blocking()) {
            return;
        }
        if (pair.following()) {
            apply(new UserUnfollowed(userId, target));
        }
        if (pair.requested()) {
            apply(new FollowRequestWithdrawn(userId, target));
        }
        if (pair.followedBy()) {
            apply(new FollowerRemoved(userId, target));
        }
        if (pair.requestedBy()) {
            apply(new FollowRequestRejected(userId, target));
        }
        relationships.block(userId, target);
        apply(new UserBlocked(userId, target, username, targetName));
    }

    @CommandHandler
    void handle(UnblockUserCommand command, Relationships relationships) {
        String target = command.targetId();
        requireNotSelf(target, "unblock");
        if (relationships.lockPair(userId, target).blocking()) {
            relationships.unblock(userId, target);
            apply(new UserUnblocked(userId, target));
        }
    }

    @CommandHandler
    void handle(RemoveFollowerCommand command, Relationships relationships) {
        String follower = command.followerId();
        requireNotSelf(follower, "remove");
        if (relationships.lockPair(userId, follower).followedBy()) {
            relationships.endFollow(follower, userId);
            apply(new FollowerRemoved(userId, follower));
        }
    }

    @CommandHandler
    void handle(ApproveFollowRequestCommand command, UserDirectory directory, Relationships relationships) {
        String requester = command.requesterId();
        String requesterName = requireOther(requester, "approve", directory);
        if (!relationships.lockPair(userId, requester).requestedBy()) {
            throw new NoPendingRequestException();
        }
        approve(requester, requesterName, relationships);
    }

    private void approve(String requester, String requesterName, Relationships relationships) {
        relationships.follow(requester, userId);
        apply(new FollowRequestApproved(userId, requester, username, requesterName));
    }

    @CommandHandler
    void handle(RejectFollowRequestCommand command, Relationships relationships) {
        String requester = command.requesterId();
        requireNotSelf(requester, "reject");
        if (relationships.lockPair(userId, requester).requestedBy()) {
            relationships.endFollow(requester, userId);
            apply(new FollowRequestRejected(userId, requester));
        }
    }

    /** Lifting protection approves every pending request, before the event that lifts it. */
    @CommandHandler
    void handle(ProtectAccountCommand command, UserDirectory directory, Relationships relationships) {
        if (!relationships.protect(userId, command.protect())) {
            return;
        }
        if (command.protect()) {
            apply(new AccountProtected(userId));
            return;
        }
        for (String requester : relationships.pendingRequestsTo(userId)) {
            Relationships.Pair pair;
            try {
                pair = relationships.lockPair(userId, requester);
            } catch (UnknownUserException deletedMeanwhile) {
                continue; // the deletion rejected the request
            }
            if (pair.requestedBy()) {
                approve(requester, directory.usernameOf(requester).orElseThrow(), relationships);
            }
        }
        apply(new AccountUnprotected(userId));
    }

    /**
     * Mutes, or replaces the mute with its new end. A timed mute schedules a persistent deadline that ends it; a
     * deadline of a mute replaced since finds another end and does nothing.
     */
    @CommandHandler
    void handle(MuteUserCommand command, UserDirectory directory, Relationships relationships,
                DeadlineManager deadlines) {
        String target = command.targetId();
        String targetName = requireOther(target, "mute", directory);
        Long seconds = command.durationSeconds();
        if (seconds == null && relationships.mute(userId, target).filter(Relationships.Mute::openEnded).isPresent()) {
            return;
        }
        Long endsAtMs = seconds == null ? null : now().toEpochMilli() + seconds * 1000;
        relationships.mute(userId, target, endsAtMs);
        if (endsAtMs != null) {
            deadlines.schedule(Instant.ofEpochMilli(endsAtMs), MUTE_ENDS, new MuteEnds(target, endsAtMs));
        }
        apply(new UserMuted(userId, target, targetName, seconds));
    }

    @CommandHandler
    void handle(UnmuteUserCommand command, UserDirectory directory, Relationships relationships) {
        String target = command.targetId();
        requireOther(target, "unmute", directory);
        if (relationships.mute(userId, target).isPresent()) {
            relationships.unmute(userId, target);
            apply(new UserUnmuted(userId, target, UserUnmuted.Reason.UNMUTED));
        }
    }

    @DeadlineHandler(deadlineName = MUTE_ENDS)
    void on(MuteEnds due, Relationships relationships) {
        boolean stillDue = relationships.mute(userId, due.mutedId())
                .filter(mute -> Long.valueOf(due.endsAtMs()).equals(mute.endsAtMs())).isPresent();
        if (stillDue) {
            relationships.unmute(userId, due.mutedId());
            apply(new UserUnmuted(userId, due.mutedId(), UserUnmuted.Reason.EXPIRED));
        }
    }

    /** The post's key is destroyed with the event: its body is unreadable wherever it was stored or copied. */
    @CommandHandler
    void handle(DeletePostCommand command, Relationships relationships, PersonalDataKeys keys) {
        switch (relationships.post(command.postId(), userId)) {
            case UNKNOWN -> throw new UnknownPostException();
            case DELETED -> { }
            case PUBLISHED -> {
                relationships.deleted(command.postId());
                keys.forget(command.postId());
                apply(new PostDeleted(command.postId(), userId));
            }
        }
    }

    /**
     * Deletes the account, everywhere at once. Each follow, request, block and mute of the user's ends with the
     * event that ends it anywhere else (so the views, sequenced per pair, apply them in order with the rest of each
     * pair's history), then {@link AccountDeleted} takes the account and its posts out of the views. The user's key
     * and every key of their posts are destroyed in this transaction: their email and post bodies become unreadable
     * wherever the events were stored or copied. The username and the email's hash stay taken.
     *
     * <p>While this runs, the account is locked: another user's follow, block or mute of it waits, and is then
     * refused as of an unknown user.
     */
    @CommandHandler
    void handle(DeleteAccountCommand command, UserDirectory directory, Relationships relationships,
                PersonalDataKeys keys) {
        if (deleted) {
            return;
        }
        relationships.lockAccount(userId);
        List<Relationships.Counterpart> counterparts = relationships.counterparts(userId);
        for (Relationships.Counterpart counterpart : counterparts) {
            String other = counterpart.other();
            Relationships.Pair pair = counterpart.pair();
            if (pair.following()) {
                apply(new UserUnfollowed(userId, other));
            }
            if (pair.requested()) {
                apply(new FollowRequestWithdrawn(userId, other));
            }
            if (pair.followedBy()) {
                apply(new FollowerRemoved(userId, other));
            }
            if (pair.requestedBy()) {
                apply(new FollowRequestRejected(userId, other));
            }
            if (pair.blocking()) {
                apply(new UserUnblocked(userId, other));
            }
        }
        // after the unfollows: an unmute of an author still followed would bring their posts back to the timeline
        for (Relationships.Counterpart counterpart : counterparts) {
            if (counterpart.muting()) {
                apply(new UserUnmuted(userId, counterpart.other(), UserUnmuted.Reason.UNMUTED));
            }
        }
        keys.forgetAll(relationships.eraseAccount(userId));
        keys.forget(userId);
        directory.delete(userId);
        apply(new AccountDeleted(userId));
    }

    /**
     * The hash and the credential version change in the credentials table, in this command's transaction; the
     * event tells every reader (the query side refuses older tokens from it).
     */
    @CommandHandler
    void handle(ChangePasswordCommand command, UserDirectory directory) {
        apply(new PasswordChanged(userId, directory.changePassword(userId, command.passwordHash())));
    }

    @CommandHandler
    PostReceipt handle(PublishPostCommand command, Relationships relationships) {
        String body = PostBody.normalize(command.body());
        String key = command.idempotencyKey();
        if (key != null) {
            PostReceipt earlier = recentKeys.get(key);
            if (earlier != null && earlier.publishedAt().isAfter(now().minus(IDEMPOTENCY_WINDOW))) {
                return earlier;
            }
        }
        relationships.published(command.postId(), userId);
        MetaData metaData = key == null ? MetaData.emptyInstance() : MetaData.with(IDEMPOTENCY_KEY, key);
        apply(new PostPublished(command.postId(), userId, body), metaData);
        return lastReceipt;
    }

    /** The other user's name, if they are someone else who is registered. */
    /** The other user's name; 422 if it is this user, 404 if nobody (or a deleted account) has the id. */
    private String requireOther(String targetId, String action, UserDirectory directory) {
        requireNotSelf(targetId, action);
        return directory.usernameOf(targetId).orElseThrow(() -> new UnknownUserException(targetId));
    }

    /**
     * 422 if the other user is this user. Rules that read the pair need no more: {@link Relationships#lockPair}
     * refuses an id nobody has (404).
     */
    private void requireNotSelf(String targetId, String action) {
        if (userId.equals(targetId)) {
            throw new SelfFollowException(action);
        }
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    @EventSourcingHandler
    void on(UserRegistered event) {
        userId = event.userId();
        username = event.username();
    }

    @EventSourcingHandler
    void on(AccountDeleted event) {
        deleted = true;
        recentKeys.clear();
    }

    @EventSourcingHandler
    void on(PostPublished event, @Timestamp Instant publishedAt, @MetaDataValue(IDEMPOTENCY_KEY) String key) {
        lastReceipt = new PostReceipt(event.postId(), publishedAt);
        forgetKeysBefore(publishedAt.minus(IDEMPOTENCY_WINDOW));
        if (key != null) {
            recentKeys.remove(key); // a reused key moves to the newest end
            recentKeys.put(key, lastReceipt);
        }
    }

    private void forgetKeysBefore(Instant horizon) {
        Iterator<Map.Entry<String, PostReceipt>> oldestFirst = recentKeys.entrySet().iterator();
        while (oldestFirst.hasNext() && !oldestFirst.next().getValue().publishedAt().isAfter(horizon)) {
            oldestFirst.remove();
        }
    }
}
