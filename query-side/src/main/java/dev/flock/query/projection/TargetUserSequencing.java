package dev.flock.query.projection;

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
import java.util.Map;
import java.util.function.Function;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;

/**
 * Events in order per target user: the user a follow, a request, a block or a mute points at, or a post's
 * author. Every event that changes the same pair of users therefore lands in one segment, in the order it
 * happened, whichever of the two users' streams it is in: B's follow of A (in B's stream) and A's removal of
 * B (in A's) are both sequenced by A. Sequenced per aggregate (Axon's default), the removal could be handled first
 * in another segment and the follow would then outlive it.
 *
 * <p>The timeline needs more of this order: a post's fan-out reads the author's followers, a follow's backfill
 * the author's posts, so both (and the author's mutes by others) must run in the author's sequence.
 */
public class TargetUserSequencing implements SequencingPolicy<EventMessage<?>> {

    private static final Map<Class<?>, Function<Object, String>> TARGETS = Map.ofEntries(
            target(PostPublished.class, PostPublished::authorId),
            target(PostDeleted.class, PostDeleted::authorId),
            target(UserFollowed.class, UserFollowed::followedId),
            target(UserUnfollowed.class, UserUnfollowed::followedId),
            target(FollowerRemoved.class, FollowerRemoved::userId),
            target(FollowRequested.class, FollowRequested::targetId),
            target(FollowRequestApproved.class, FollowRequestApproved::targetId),
            target(FollowRequestRejected.class, FollowRequestRejected::targetId),
            target(FollowRequestWithdrawn.class, FollowRequestWithdrawn::targetId),
            target(UserBlocked.class, UserBlocked::blockedId),
            target(UserUnblocked.class, UserUnblocked::blockedId),
            target(UserMuted.class, UserMuted::mutedId),
            target(UserUnmuted.class, UserUnmuted::mutedId),
            target(UserRegistered.class, UserRegistered::userId),
            target(PasswordChanged.class, PasswordChanged::userId),
            target(AccountProtected.class, AccountProtected::userId),
            target(AccountUnprotected.class, AccountUnprotected::userId),
            target(AccountDeleted.class, AccountDeleted::userId));

    private static <E> Map.Entry<Class<?>, Function<Object, String>> target(Class<E> type, Function<E, String> id) {
        return Map.entry(type, event -> id.apply(type.cast(event)));
    }

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Function<Object, String> target = TARGETS.get(event.getPayloadType());
        return target == null ? event.getIdentifier() : target.apply(event.getPayload());
    }
}
