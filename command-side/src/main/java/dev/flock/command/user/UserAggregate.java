package dev.flock.command.user;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.flock.events.PasswordChanged;
import dev.flock.events.PostPublished;
import dev.flock.events.UserFollowed;
import dev.flock.events.UserRegistered;
import dev.flock.events.UserUnfollowed;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A Flock user: who they follow, and the posts they published in the last day (to answer a repeated
 * {@code Idempotency-Key} with the first receipt).
 *
 * <p>Posts live in the author's stream, so a busy user's stream grows without end; the
 * {@code userSnapshotTrigger} keeps loading it short. The snapshot is this object in JSON, hence the field
 * visibility; {@link Revision} changes whenever its fields do, so old snapshots are skipped, not misread.
 */
@Aggregate(snapshotTriggerDefinition = "userSnapshotTrigger")
@Revision("1")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
class UserAggregate {

    static final String IDEMPOTENCY_KEY = "idempotencyKey";
    static final Duration IDEMPOTENCY_WINDOW = Duration.ofHours(24);

    @AggregateIdentifier
    private String userId;
    private String username;
    private Set<String> following = new HashSet<>();
    /** Idempotency keys of the last 24 hours, oldest first. */
    private LinkedHashMap<String, PostReceipt> recentKeys = new LinkedHashMap<>();
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
    void handle(FollowUserCommand command, UserDirectory directory) {
        String targetName = requireOther(command.targetId(), directory);
        if (!following.contains(command.targetId())) {
            apply(new UserFollowed(userId, command.targetId(), username, targetName));
        }
    }

    @CommandHandler
    void handle(UnfollowUserCommand command, UserDirectory directory) {
        requireOther(command.targetId(), directory);
        if (following.contains(command.targetId())) {
            apply(new UserUnfollowed(userId, command.targetId()));
        }
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
    PostReceipt handle(PublishPostCommand command) {
        String body = PostBody.normalize(command.body());
        String key = command.idempotencyKey();
        if (key != null) {
            PostReceipt earlier = recentKeys.get(key);
            if (earlier != null && earlier.publishedAt().isAfter(now().minus(IDEMPOTENCY_WINDOW))) {
                return earlier;
            }
        }
        MetaData metaData = key == null ? MetaData.emptyInstance() : MetaData.with(IDEMPOTENCY_KEY, key);
        apply(new PostPublished(command.postId(), userId, body), metaData);
        return lastReceipt;
    }

    /** The target's username, if the target is someone else who is registered. */
    private String requireOther(String targetId, UserDirectory directory) {
        if (userId.equals(targetId)) {
            throw new SelfFollowException();
        }
        return directory.usernameOf(targetId).orElseThrow(() -> new UnknownUserException(targetId));
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
    void on(UserFollowed event) {
        following.add(event.followedId());
    }

    @EventSourcingHandler
    void on(UserUnfollowed event) {
        following.remove(event.followedId());
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
