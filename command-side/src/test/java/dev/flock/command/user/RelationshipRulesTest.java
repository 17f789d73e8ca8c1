package dev.flock.command.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.events.AccountDeleted;
import dev.flock.events.AccountProtected;
import dev.flock.events.AccountUnprotected;
import dev.flock.events.FollowRequestApproved;
import dev.flock.events.FollowRequestRejected;
import dev.flock.events.FollowRequestWithdrawn;
import dev.flock.events.FollowRequested;
import dev.flock.events.FollowerRemoved;
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
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of API v2 in {@link UserAggregate}: blocks, mutes (and their deadlines), removed followers,
 * protected accounts and their follow requests, deleted posts. The rules' record of pairs is an
 * {@link InMemoryRelationships}; each test arranges what it holds and checks what the command left in it.
 */
class RelationshipRulesTest {

    private static final String ALICE = "alice-id";
    private static final String BOB = "bob-id";
    private static final String CAROL = "carol-id";
    private static final String DAVE = "dave-id";
    private static final String ERIN = "erin-id";
    private static final String NOBODY = "nobody-id";
    private static final Instant T0 = Instant.parse("2026-01-01T12:00:00.000Z");

    private FixtureConfiguration<UserAggregate> fixture;
    private InMemoryRelationships relationships;
    private InMemoryUserDirectory directory;
    /** The subjects whose keys the aggregate destroyed. */
    private final List<String> forgotten = new ArrayList<>();

    @BeforeEach
    void setUp() {
        directory = new InMemoryUserDirectory().with(ALICE, "alice").with(BOB, "bob").with(CAROL, "carol")
                .with(DAVE, "dave").with(ERIN, "erin");
        relationships = new InMemoryRelationships(directory);
        fixture = new AggregateTestFixture<>(UserAggregate.class)
                .registerInjectableResource(directory)
                .registerInjectableResource(relationships)
                .registerInjectableResource((PersonalDataKeys) forgotten::add);
    }

    private static UserRegistered alice() {
        return new UserRegistered(ALICE, "alice", "alice@example.com");
    }

    // --- blocks

    @Test
    void blockingEndsEveryFollowAndRequestBetweenTheTwoEachWithItsEventThenBlocks() {
        relationships.follow(ALICE, BOB);
        relationships.follow(BOB, ALICE);
        fixture.given(alice())
                .when(new BlockUserCommand(ALICE, BOB))
                .expectEvents(new UserUnfollowed(ALICE, BOB), new FollowerRemoved(ALICE, BOB),
                        new UserBlocked(ALICE, BOB, "alice", "bob"));
        assertThat(relationships.lockPair(ALICE, BOB))
                .isEqualTo(new Relationships.Pair(false, false, false, false, true, false));
    }

    @Test
    void blockingEndsPendingRequestsBothWays() {
        relationships.request(ALICE, BOB);
        relationships.request(BOB, ALICE);
        fixture.given(alice())
                .when(new BlockUserCommand(ALICE, BOB))
                .expectEvents(new FollowRequestWithdrawn(ALICE, BOB), new FollowRequestRejected(ALICE, BOB),
                        new UserBlocked(ALICE, BOB, "alice", "bob"));
        assertThat(relationships.pendingRequestsTo(ALICE)).isEmpty();
        assertThat(relationships.pendingRequestsTo(BOB)).isEmpty();
    }

    @Test
    void blockingAgainEmitsNothing() {
        relationships.block(ALICE, BOB);
        fixture.given(alice())
                .when(new BlockUserCommand(ALICE, BOB))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void blockingYourselfOrNobodyIsRejected() {
        fixture.given(alice())
                .when(new BlockUserCommand(ALICE, ALICE))
                .expectException(SelfFollowException.class);
        fixture.given(alice())
                .when(new BlockUserCommand(ALICE, NOBODY))
                .expectException(UnknownUserException.class);
    }

    @Test
    void nobodyFollowsOrAsksToFollowAcrossABlockInEitherDirection() {
        relationships.block(BOB, ALICE);
        fixture.given(alice())
                .when(new FollowUserCommand(ALICE, BOB))
                .expectException(BlockedException.class)
                .expectNoEvents();
        relationships.unblock(BOB, ALICE);
        relationships.block(ALICE, BOB);
        relationships.protect(BOB, true);
        fixture.given(alice())
                .when(new FollowUserCommand(ALICE, BOB))
                .expectException(BlockedException.class)
                .expectNoEvents();
    }

    @Test
    void unblockingRestoresNothingAndAFollowAfterItIsANewFollow() {
        relationships.follow(ALICE, BOB);
        relationships.block(BOB, ALICE); // Bob's block ended Alice's follow, in Bob's stream
        fixture.given(alice(), new UserFollowed(ALICE, BOB, "alice", "bob"))
                .when(new FollowUserCommand(ALICE, BOB))
                .expectException(BlockedException.class);
        relationships.unblock(BOB, ALICE);
        assertThat(relationships.follows(ALICE, BOB)).isFalse();
        fixture.given(alice(), new UserFollowed(ALICE, BOB, "alice", "bob"))
                .when(new FollowUserCommand(ALICE, BOB))
                .expectEvents(new UserFollowed(ALICE, BOB, "alice", "bob"));
    }

    @Test
    void unblockingEmitsUserUnblockedOnlyWhenBlocking() {
        relationships.block(ALICE, BOB);
        fixture.given(alice())
                .when(new UnblockUserCommand(ALICE, BOB))
                .expectEvents(new UserUnblocked(ALICE, BOB));
        fixture.given(alice())
                .when(new UnblockUserCommand(ALICE, BOB))
                .expectNoEvents();
    }

    @Test
    void unblockingSomeoneWhoBlocksYouLiftsNothing() {
        relationships.block(BOB, ALICE);
        fixture.given(alice())
                .when(new UnblockUserCommand(ALICE, BOB))
                .expectNoEvents();
        assertThat(relationships.lockPair(ALICE, BOB).blockedBy()).isTrue();
    }

    // --- removing a follower

    @Test
    void removingAFollowerEndsTheirFollowAndTheyMayFollowAgainLater() {
        relationships.follow(BOB, ALICE);
        fixture.given(alice())
                .when(new RemoveFollowerCommand(ALICE, BOB))
                .expectEvents(new FollowerRemoved(ALICE, BOB));
        assertThat(relationships.follows(BOB, ALICE)).isFalse();
        fixture.given(alice())
                .when(new RemoveFollowerCommand(ALICE, BOB))
                .expectNoEvents();
    }

    @Test
    void aRemovedFollowerWhoFollowsAgainEmitsANewFollow() {
        relationships.follow(ALICE, BOB);
        relationships.endFollow(ALICE, BOB); // Bob removed Alice, in Bob's stream
        fixture.given(alice(), new UserFollowed(ALICE, BOB, "alice", "bob"))
                .when(new FollowUserCommand(ALICE, BOB))
                .expectEvents(new UserFollowed(ALICE, BOB, "alice", "bob"));
    }

    // --- protected accounts and follow requests

    @Test
    void followingAProtectedAccountAsksToFollowIt() {
        relationships.protect(BOB, true);
        fixture.given(alice())
                .when(new FollowUserCommand(ALICE, BOB))
                .expectEvents(new FollowRequested(ALICE, BOB, "alice", "bob"))
                .expectResultMessagePayload(FollowOutcome.REQUESTED);
        fixture.given(alice())
                .when(new FollowUserCommand(ALICE, BOB))
                .expectNoEvents()
                .expectResultMessagePayload(FollowOutcome.REQUESTED);
    }

    @Test
    void aFollowerOfAnAccountThatBecameProtectedStillFollows() {
        relationships.follow(ALICE, BOB);
        relationships.protect(BOB, true);
        fixture.given(alice())
                .when(new FollowUserCommand(ALICE, BOB))
                .expectNoEvents()
                .expectResultMessagePayload(FollowOutcome.FOLLOWING);
    }

    @Test
    void unfollowingWithdrawsAPendingRequest() {
        relationships.request(ALICE, BOB);
        fixture.given(alice())
                .when(new UnfollowUserCommand(ALICE, BOB))
                .expectEvents(new FollowRequestWithdrawn(ALICE, BOB));
        assertThat(relationships.pendingRequestsTo(BOB)).isEmpty();
    }

    @Test
    void approvingAPendingRequestStartsTheFollow() {
        relationships.request(BOB, ALICE);
        fixture.given(alice())
                .when(new ApproveFollowRequestCommand(ALICE, BOB))
                .expectEvents(new FollowRequestApproved(ALICE, BOB, "alice", "bob"));
        assertThat(relationships.follows(BOB, ALICE)).isTrue();
    }

    @Test
    void approvingWithoutAPendingRequestIsRejected() {
        fixture.given(alice())
                .when(new ApproveFollowRequestCommand(ALICE, BOB))
                .expectException(NoPendingRequestException.class)
                .expectNoEvents();
    }

    @Test
    void rejectingEndsAPendingRequestAndIsANoOpWithoutOne() {
        relationships.request(BOB, ALICE);
        fixture.given(alice())
                .when(new RejectFollowRequestCommand(ALICE, BOB))
                .expectEvents(new FollowRequestRejected(ALICE, BOB));
        fixture.given(alice())
                .when(new RejectFollowRequestCommand(ALICE, BOB))
                .expectNoEvents();
    }

    @Test
    void protectingTwiceEmitsOneEvent() {
        fixture.given(alice())
                .when(new ProtectAccountCommand(ALICE, true))
                .expectEvents(new AccountProtected(ALICE));
        fixture.given(alice(), new AccountProtected(ALICE))
                .when(new ProtectAccountCommand(ALICE, true))
                .expectNoEvents();
    }

    @Test
    void liftingProtectionApprovesEveryPendingRequestFirst() {
        relationships.protect(ALICE, true);
        relationships.request(CAROL, ALICE);
        relationships.request(BOB, ALICE);
        fixture.given(alice(), new AccountProtected(ALICE))
                .when(new ProtectAccountCommand(ALICE, false))
                .expectEvents(new FollowRequestApproved(ALICE, BOB, "alice", "bob"),
                        new FollowRequestApproved(ALICE, CAROL, "alice", "carol"), new AccountUnprotected(ALICE));
        assertThat(relationships.follows(BOB, ALICE)).isTrue();
        assertThat(relationships.follows(CAROL, ALICE)).isTrue();
        fixture.given(alice())
                .when(new ProtectAccountCommand(ALICE, false))
                .expectNoEvents();
    }

    // --- mutes

    @Test
    void anOpenEndedMuteSchedulesNothingAndRepeatingItEmitsNothing() {
        fixture.given(alice())
                .when(new MuteUserCommand(ALICE, BOB, null))
                .expectEvents(new UserMuted(ALICE, BOB, "bob", null))
                .expectNoScheduledDeadlines();
        fixture.given(alice())
                .when(new MuteUserCommand(ALICE, BOB, null))
                .expectNoEvents();
    }

    @Test
    void aTimedMuteSchedulesItsEnd() {
        fixture.givenCurrentTime(T0)
                .andGiven(alice())
                .when(new MuteUserCommand(ALICE, BOB, 60L))
                .expectEvents(new UserMuted(ALICE, BOB, "bob", 60L))
                .expectScheduledDeadline(Duration.ofSeconds(60),
                        new MuteEnds(BOB, T0.plusSeconds(60).toEpochMilli()));
    }

    @Test
    void aTimedMuteEndsByItselfAtItsEnd() {
        fixture.givenCurrentTime(T0)
                .andGiven(alice())
                .andGivenCommands(new MuteUserCommand(ALICE, BOB, 60L))
                .whenTimeElapses(Duration.ofSeconds(60))
                .expectEvents(new UserUnmuted(ALICE, BOB, UserUnmuted.Reason.EXPIRED));
        assertThat(relationships.muting(ALICE, BOB)).isFalse();
    }

    @Test
    void aMuteReplacedBeforeItsEndIsNotEndedByTheOldDeadline() {
        fixture.givenCurrentTime(T0)
                .andGiven(alice())
                .andGivenCommands(new MuteUserCommand(ALICE, BOB, 60L), new MuteUserCommand(ALICE, BOB, 3600L))
                .whenTimeElapses(Duration.ofSeconds(61))
                .expectNoEvents();
        assertThat(relationships.muting(ALICE, BOB)).isTrue();
    }

    @Test
    void aTimedMuteReplacedByAnOpenEndedOneStays() {
        fixture.givenCurrentTime(T0)
                .andGiven(alice())
                .andGivenCommands(new MuteUserCommand(ALICE, BOB, 60L), new MuteUserCommand(ALICE, BOB, null))
                .whenTimeElapses(Duration.ofSeconds(61))
                .expectNoEvents();
        assertThat(relationships.muting(ALICE, BOB)).isTrue();
    }

    @Test
    void unmutingEndsTheMute() {
        fixture.givenCurrentTime(T0)
                .andGiven(alice())
                .andGivenCommands(new MuteUserCommand(ALICE, BOB, 60L))
                .when(new UnmuteUserCommand(ALICE, BOB))
                .expectEvents(new UserUnmuted(ALICE, BOB, UserUnmuted.Reason.UNMUTED));
    }

    @Test
    void theDeadlineOfAnUnmutedMuteDoesNothing() {
        fixture.givenCurrentTime(T0)
                .andGiven(alice())
                .andGivenCommands(new MuteUserCommand(ALICE, BOB, 60L), new UnmuteUserCommand(ALICE, BOB))
                .whenTimeElapses(Duration.ofSeconds(61))
                .expectNoEvents();
    }

    @Test
    void unmutingWithoutAMuteEmitsNothingAndMutingYourselfIsRejected() {
        fixture.given(alice())
                .when(new UnmuteUserCommand(ALICE, BOB))
                .expectNoEvents();
        fixture.given(alice())
                .when(new MuteUserCommand(ALICE, ALICE, null))
                .expectException(SelfFollowException.class);
    }

    // --- deleting a post

    @Test
    void deletingYourPostEmitsPostDeletedOnceAndDestroysThePostsKey() {
        relationships.published("post-1", ALICE);
        fixture.given(alice(), new PostPublished("post-1", ALICE, "hello"))
                .when(new DeletePostCommand(ALICE, "post-1"))
                .expectEvents(new PostDeleted("post-1", ALICE));
        assertThat(forgotten).containsExactly("post-1");
        fixture.given(alice())
                .when(new DeletePostCommand(ALICE, "post-1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void deletingAPostYouNeverPublishedIsRejected() {
        relationships.published("post-of-bob", BOB);
        fixture.given(alice())
                .when(new DeletePostCommand(ALICE, "post-of-bob"))
                .expectException(UnknownPostException.class);
        fixture.given(alice())
                .when(new DeletePostCommand(ALICE, "no-such-post"))
                .expectException(UnknownPostException.class);
        assertThat(forgotten).isEmpty();
    }

    @Test
    void publishingRecordsTheAuthorOfThePost() {
        fixture.given(alice())
                .when(new PublishPostCommand(ALICE, "post-2", "hi", null))
                .expectSuccessfulHandlerExecution();
        assertThat(relationships.post("post-2", ALICE)).isEqualTo(Relationships.PostState.PUBLISHED);
    }

    // --- deleting the account

    @Test
    void deletingTheAccountEndsEveryTieEachWithItsEventThenDestroysEveryKeyAndTheAccount() {
        relationships.follow(ALICE, BOB);
        relationships.follow(BOB, ALICE);
        relationships.request(CAROL, ALICE);
        relationships.mute(ALICE, BOB, null);
        relationships.mute(ALICE, CAROL, T0.toEpochMilli());
        relationships.mute(BOB, ALICE, null);
        relationships.block(ALICE, DAVE);
        relationships.block(ERIN, ALICE);
        relationships.published("post-2", ALICE);
        relationships.published("post-1", ALICE);
        relationships.published("post-0", ALICE);
        relationships.deleted("post-0");
        relationships.published("post-of-bob", BOB);
        relationships.follow(BOB, CAROL);

        fixture.given(alice())
                .when(new DeleteAccountCommand(ALICE))
                .expectEvents(new UserUnfollowed(ALICE, BOB), new FollowerRemoved(ALICE, BOB),
                        new FollowRequestRejected(ALICE, CAROL), new UserUnblocked(ALICE, DAVE),
                        new UserUnmuted(ALICE, BOB, UserUnmuted.Reason.UNMUTED),
                        new UserUnmuted(ALICE, CAROL, UserUnmuted.Reason.UNMUTED),
                        new AccountDeleted(ALICE));

        assertThat(forgotten).containsExactly("post-1", "post-2", ALICE);
        assertThat(relationships.counterparts(ALICE)).isEmpty();
        assertThat(relationships.post("post-1", ALICE)).isEqualTo(Relationships.PostState.DELETED);
        assertThat(relationships.follows(BOB, CAROL)).isTrue();
        assertThat(directory.usernameOf(ALICE)).isEmpty();
        assertThat(directory.idOf("alice")).isEmpty();
        assertThat(directory.check("ALICE", "new@example.com")).isEqualTo(UserDirectory.Reservation.USERNAME_TAKEN);
        assertThat(directory.check("new", "Alice@Example.com")).isEqualTo(UserDirectory.Reservation.EMAIL_TAKEN);
    }

    @Test
    void anAccountIsDeletedOnce() {
        directory.delete(ALICE);
        fixture.given(alice(), new AccountDeleted(ALICE))
                .when(new DeleteAccountCommand(ALICE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        assertThat(forgotten).isEmpty();
    }

    @Test
    void nobodyCanFollowBlockOrMuteADeletedAccount() {
        directory.delete(ALICE);
        UserRegistered bob = new UserRegistered(BOB, "bob", "bob@example.com");
        fixture.given(bob).when(new FollowUserCommand(BOB, ALICE)).expectException(UnknownUserException.class);
        fixture.given(bob).when(new BlockUserCommand(BOB, ALICE)).expectException(UnknownUserException.class);
        fixture.given(bob).when(new MuteUserCommand(BOB, ALICE, null)).expectException(UnknownUserException.class);
    }
}
