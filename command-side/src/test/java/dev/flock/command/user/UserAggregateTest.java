package dev.flock.command.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.events.PasswordChanged;
import dev.flock.events.PostPublished;
import dev.flock.events.UserFollowed;
import dev.flock.events.UserRegistered;
import dev.flock.events.UserUnfollowed;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link UserAggregate}, given/when/expect. */
class UserAggregateTest {

    private static final String ALICE = "alice-id";
    private static final String BOB = "bob-id";
    private static final String NOBODY = "nobody-id";
    private static final Instant T0 = Instant.parse("2026-01-01T12:00:00.000Z");

    private FixtureConfiguration<UserAggregate> fixture;
    private InMemoryUserDirectory directory;
    private InMemoryRelationships relationships;

    @BeforeEach
    void setUp() {
        directory = new InMemoryUserDirectory().with(ALICE, "alice").with(BOB, "bob");
        relationships = new InMemoryRelationships(directory);
        fixture = new AggregateTestFixture<>(UserAggregate.class)
                .registerInjectableResource(directory)
                .registerInjectableResource(relationships);
    }

    private static UserRegistered aliceRegistered() {
        return new UserRegistered(ALICE, "alice", "alice@example.com");
    }

    @Test
    void registeringAFreeNameEmitsUserRegisteredWithoutThePassword() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUserCommand("carol-id", "Carol", "Carol@Example.com", "{argon2}hash"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new UserRegistered("carol-id", "Carol", "Carol@Example.com"));
        assertThat(directory.idOf("CAROL")).contains("carol-id");
    }

    @Test
    void registeringATakenUsernameInAnyCaseIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUserCommand("other-id", "ALICE", "new@example.com", "{argon2}hash"))
                .expectException(UsernameTakenException.class)
                .expectNoEvents();
    }

    @Test
    void registeringATakenEmailInAnyCaseIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUserCommand("other-id", "newname", "BOB@example.com", "{argon2}hash"))
                .expectException(EmailTakenException.class)
                .expectNoEvents();
    }

    @Test
    void changingThePasswordCountsTheChangeAndEmitsItWithoutThePassword() {
        fixture.given(aliceRegistered())
                .when(new ChangePasswordCommand(ALICE, "{argon2}new-hash"))
                .expectEvents(new PasswordChanged(ALICE, 1));
        fixture.given(aliceRegistered(), new PasswordChanged(ALICE, 1))
                .when(new ChangePasswordCommand(ALICE, "{argon2}newer-hash"))
                .expectEvents(new PasswordChanged(ALICE, 2));
        assertThat(directory.account("alice")).contains(new UserDirectory.Account(ALICE, 2));
    }

    @Test
    void followingSomeoneEmitsUserFollowed() {
        fixture.given(aliceRegistered())
                .when(new FollowUserCommand(ALICE, BOB))
                .expectEvents(new UserFollowed(ALICE, BOB, "alice", "bob"))
                .expectResultMessagePayload(FollowOutcome.FOLLOWING);
        assertThat(relationships.follows(ALICE, BOB)).isTrue();
    }

    @Test
    void followingTwiceEmitsOneEvent() {
        relationships.follow(ALICE, BOB);
        fixture.given(aliceRegistered(), new UserFollowed(ALICE, BOB, "alice", "bob"))
                .when(new FollowUserCommand(ALICE, BOB))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void followingAgainAfterUnfollowingEmitsUserFollowed() {
        fixture.given(aliceRegistered(), new UserFollowed(ALICE, BOB, "alice", "bob"), new UserUnfollowed(ALICE, BOB))
                .when(new FollowUserCommand(ALICE, BOB))
                .expectEvents(new UserFollowed(ALICE, BOB, "alice", "bob"));
    }

    @Test
    void followingYourselfIsRejected() {
        fixture.given(aliceRegistered())
                .when(new FollowUserCommand(ALICE, ALICE))
                .expectException(SelfFollowException.class)
                .expectNoEvents();
    }

    @Test
    void followingAnUnregisteredUserIsRejected() {
        fixture.given(aliceRegistered())
                .when(new FollowUserCommand(ALICE, NOBODY))
                .expectException(UnknownUserException.class)
                .expectNoEvents();
    }

    @Test
    void unfollowingSomeoneFollowedEmitsUserUnfollowed() {
        relationships.follow(ALICE, BOB);
        fixture.given(aliceRegistered(), new UserFollowed(ALICE, BOB, "alice", "bob"))
                .when(new UnfollowUserCommand(ALICE, BOB))
                .expectEvents(new UserUnfollowed(ALICE, BOB));
        assertThat(relationships.follows(ALICE, BOB)).isFalse();
    }

    @Test
    void unfollowingSomeoneNotFollowedEmitsNothing() {
        fixture.given(aliceRegistered())
                .when(new UnfollowUserCommand(ALICE, BOB))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void unfollowingYourselfIsRejected() {
        fixture.given(aliceRegistered())
                .when(new UnfollowUserCommand(ALICE, ALICE))
                .expectException(SelfFollowException.class)
                .expectNoEvents();
    }

    @Test
    void unfollowingAnUnregisteredUserIsRejected() {
        fixture.given(aliceRegistered())
                .when(new UnfollowUserCommand(ALICE, NOBODY))
                .expectException(UnknownUserException.class)
                .expectNoEvents();
    }

    @Test
    void publishingEmitsTheTrimmedBodyAndAnswersTheReceipt() {
        fixture.givenCurrentTime(T0)
                .andGiven(aliceRegistered())
                .when(new PublishPostCommand(ALICE, "post-1", "\n  hello  \t", null))
                .expectEvents(new PostPublished("post-1", ALICE, "hello"))
                .expectResultMessagePayload(new PostReceipt("post-1", T0));
    }

    @Test
    void aBodyOfOnlyWhiteSpaceIsRejected() {
        fixture.given(aliceRegistered())
                .when(new PublishPostCommand(ALICE, "post-1", " \n\t ", null))
                .expectException(InvalidPostException.class)
                .expectNoEvents();
    }

    @Test
    void aMissingBodyIsRejected() {
        fixture.given(aliceRegistered())
                .when(new PublishPostCommand(ALICE, "post-1", null, null))
                .expectException(InvalidPostException.class)
                .expectNoEvents();
    }

    @Test
    void aBodyOf280CharactersIsAcceptedCountingAnEmojiOnce() {
        String body = "🐦".repeat(280); // 560 UTF-16 chars, 280 code points
        fixture.given(aliceRegistered())
                .when(new PublishPostCommand(ALICE, "post-1", body, null))
                .expectEvents(new PostPublished("post-1", ALICE, body));
    }

    @Test
    void aBodyOf281CharactersIsRejected() {
        fixture.given(aliceRegistered())
                .when(new PublishPostCommand(ALICE, "post-1", "x".repeat(281), null))
                .expectException(InvalidPostException.class)
                .expectNoEvents();
    }

    @Test
    void aRepeatedIdempotencyKeyWithinADayAnswersTheFirstReceiptAndPublishesNothing() {
        fixture.givenCurrentTime(T0)
                .andGiven(aliceRegistered(), withKey(new PostPublished("post-1", ALICE, "first"), "k1"))
                .andGivenCurrentTime(T0.plus(Duration.ofHours(23)))
                .when(new PublishPostCommand(ALICE, "post-2", "second", "k1"))
                .expectNoEvents()
                .expectResultMessagePayload(new PostReceipt("post-1", T0));
    }

    @Test
    void anIdempotencyKeyOlderThanADayPublishesAgain() {
        fixture.givenCurrentTime(T0)
                .andGiven(aliceRegistered(), withKey(new PostPublished("post-1", ALICE, "first"), "k1"))
                .andGivenCurrentTime(T0.plus(Duration.ofHours(25)))
                .when(new PublishPostCommand(ALICE, "post-2", "second", "k1"))
                .expectEvents(new PostPublished("post-2", ALICE, "second"));
    }

    @Test
    void anotherIdempotencyKeyPublishes() {
        fixture.given(aliceRegistered(), withKey(new PostPublished("post-1", ALICE, "first"), "k1"))
                .when(new PublishPostCommand(ALICE, "post-2", "first", "k2"))
                .expectEvents(new PostPublished("post-2", ALICE, "first"));
    }

    private static GenericEventMessage<PostPublished> withKey(PostPublished event, String key) {
        return new GenericEventMessage<>(event, MetaData.with(UserAggregate.IDEMPOTENCY_KEY, key));
    }
}
