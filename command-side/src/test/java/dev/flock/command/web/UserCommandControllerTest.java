package dev.flock.command.web;

import static dev.flock.testsupport.Http.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.flock.command.account.AccountUser;
import dev.flock.command.account.TokenIssuer;
import dev.flock.command.config.SecurityConfig;
import dev.flock.command.user.ApproveFollowRequestCommand;
import dev.flock.command.user.BlockUserCommand;
import dev.flock.command.user.BlockedException;
import dev.flock.command.user.ChangePasswordCommand;
import dev.flock.command.user.DeletePostCommand;
import dev.flock.command.user.EmailTakenException;
import dev.flock.command.user.FollowOutcome;
import dev.flock.command.user.FollowUserCommand;
import dev.flock.command.user.InvalidPostException;
import dev.flock.command.user.MuteUserCommand;
import dev.flock.command.user.NoPendingRequestException;
import dev.flock.command.user.PostReceipt;
import dev.flock.command.user.ProtectAccountCommand;
import dev.flock.command.user.PublishPostCommand;
import dev.flock.command.user.RegisterUserCommand;
import dev.flock.command.user.RejectFollowRequestCommand;
import dev.flock.command.user.RemoveFollowerCommand;
import dev.flock.command.user.UnfollowUserCommand;
import dev.flock.command.user.UserDirectory.Account;
import dev.flock.command.user.UserDirectory.Reservation;
import dev.flock.command.user.UserDirectory;
import dev.flock.command.user.UsernameTakenException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every status of the command-side table in the API contract, through the real security configuration and
 * problem+json advice, with the command gateway and the directory replaced.
 */
@WebMvcTest(controllers = {UserCommandController.class, RelationshipCommandController.class, TokenController.class,
        AccountController.class},
        properties = "spring.config.name=command-side")
@Import({CommandProblemAdvice.class, TokenIssuer.class, SecurityConfig.class, Accounts.class, StrictJson.class})
@ActiveProfiles("test")
class UserCommandControllerTest {

    private static final String ALICE = "alice-id";
    private static final String BOB = "bob-id";
    private static final String PROBLEM = "application/problem+json";

    @Autowired
    MockMvc mvc;
    @Autowired
    TokenIssuer tokens;
    @Autowired
    PasswordEncoder passwords;

    @MockitoBean
    CommandGateway commands;
    @MockitoBean
    UserDirectory directory;
    @MockitoBean
    ConsistencyTokens consistency;
    @MockitoBean
    UserDetailsService accounts;

    @BeforeEach
    void setUp() {
        given(directory.idOf(anyString())).willReturn(Optional.empty());
        given(directory.idOf("alice")).willReturn(Optional.of(ALICE));
        given(directory.idOf("ALICE")).willReturn(Optional.of(ALICE));
        given(directory.idOf("bob")).willReturn(Optional.of(BOB));
        given(directory.account(anyString())).willReturn(Optional.empty());
        given(directory.account("alice")).willReturn(Optional.of(new Account(ALICE, 0)));
        given(directory.account("ALICE")).willReturn(Optional.of(new Account(ALICE, 0)));
        given(directory.account("bob")).willReturn(Optional.of(new Account(BOB, 0)));
        given(directory.usernameOf(ALICE)).willReturn(Optional.of("alice"));
        given(directory.usernameOf(BOB)).willReturn(Optional.of("bob"));
        given(directory.check(anyString(), anyString())).willReturn(Reservation.RESERVED);
        given(consistency.after(anyString())).willReturn("42");
        given(consistency.afterPair()).willReturn("42");
    }

    private String aliceToken() {
        AccountUser alice = new AccountUser(ALICE, "alice", "{noop}unused", 0);
        return "Bearer " + tokens.issue(new UsernamePasswordAuthenticationToken(alice, null)).token();
    }

    private ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request);
    }

    private static void problem(ResultActions result, int status) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.type").value(matchesPattern("urn:flock:problem:.+")))
                .andExpect(jsonPath("$.title").isString())
                .andExpect(jsonPath("$.detail").isString());
    }

    // POST /api/users

    @Test
    void registeringAnswers201WithTheUsernameAndLocation() throws Exception {
        perform(post("/api/users").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"Carol\",\"email\":\"carol@example.com\",\"password\":\"long enough\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/users/Carol"))
                .andExpect(header().string("Consistency-Token", "42"))
                .andExpect(jsonPath("$.username").value("Carol"));
        then(commands).should().sendAndWait(any(RegisterUserCommand.class));
    }

    @Test
    void registeringWithInvalidFieldsAnswers400NamingEachField() throws Exception {
        problem(perform(post("/api/users").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"no spaces\",\"email\":\"not-an-email\",\"password\":\"short\"}")), 400);
        perform(post("/api/users").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"no spaces\",\"email\":\"not-an-email\",\"password\":\"short\"}"))
                .andExpect(jsonPath("$.errors.username").isString())
                .andExpect(jsonPath("$.errors.email").isString())
                .andExpect(jsonPath("$.errors.password").isString());
        then(commands).should(never()).sendAndWait(any());
    }

    @Test
    void registeringWithMalformedJsonAnswers400() throws Exception {
        problem(perform(post("/api/users").contentType(MediaType.APPLICATION_JSON).content("{\"username\":")), 400);
        then(commands).should(never()).sendAndWait(any());
    }

    @Test
    void registeringATakenUsernameAnswers409() throws Exception {
        given(commands.sendAndWait(any(RegisterUserCommand.class))).willThrow(new UsernameTakenException("alice"));
        ResultActions result = perform(post("/api/users").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"ALICE\",\"email\":\"new@example.com\",\"password\":\"long enough\"}"));
        problem(result, 409);
        result.andExpect(jsonPath("$.errors.username").value("is taken"));
    }

    @Test
    void registeringATakenEmailAnswers409() throws Exception {
        given(commands.sendAndWait(any(RegisterUserCommand.class))).willThrow(new EmailTakenException());
        ResultActions result = perform(post("/api/users").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"newname\",\"email\":\"ALICE@example.com\",\"password\":\"long enough\"}"));
        problem(result, 409);
        result.andExpect(jsonPath("$.errors.email").value("is taken"));
    }

    @Test
    void registeringWithOneOfTheMostCommonPasswordsAnswers400BeforeHashing() throws Exception {
        for (String common : new String[] {"password", "12345678", "Password1", "QWERTYUIOP"}) {
            ResultActions result = perform(post("/api/users").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"username\":\"carol\",\"email\":\"carol@example.com\",\"password\":\"" + common
                            + "\"}"));
            problem(result, 400);
            result.andExpect(jsonPath("$.errors.password").value("is one of the most common passwords"));
        }
        then(commands).should(never()).sendAndWait(any());
    }

    @Test
    void registeringWithEightSpacesOrTheUsernameAsPasswordAnswers400() throws Exception {
        perform(post("/api/users").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"carol\",\"email\":\"carol@example.com\",\"password\":\"        \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.password").value("must not be one character repeated"));
        perform(post("/api/users").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"carol_smith\",\"email\":\"carol@example.com\","
                        + "\"password\":\"CAROL_SMITH\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.password").value("must not be the username"));
        then(commands).should(never()).sendAndWait(any());
    }

    @Test
    void registeringANameTakenAlreadyAnswers409WithoutHashingOrSending() throws Exception {
        given(directory.check("ALICE", "new@example.com")).willReturn(Reservation.USERNAME_TAKEN);
        problem(perform(post("/api/users").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"ALICE\",\"email\":\"new@example.com\",\"password\":\"long enough\"}")),
                409);
        then(commands).should(never()).sendAndWait(any());
    }

    // POST /api/tokens

    @Test
    void loggingInWithTheRightPasswordAnswers200WithATokenAndItsExpiry() throws Exception {
        given(accounts.loadUserByUsername("alice"))
                .willReturn(new AccountUser(ALICE, "alice", passwords.encode("right password"), 0));
        perform(post("/api/tokens").header("Authorization", basic("alice", "right password")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.token").isString())
                .andExpect(jsonPath("$.expiresAt").value(matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z")));
    }

    @Test
    void loggingInWithAWrongPasswordAnswers401() throws Exception {
        given(accounts.loadUserByUsername("alice"))
                .willReturn(new AccountUser(ALICE, "alice", passwords.encode("right password"), 0));
        problem(perform(post("/api/tokens").header("Authorization", basic("alice", "wrong password"))), 401);
    }

    @Test
    void loggingInAsAnUnknownUserAnswers401() throws Exception {
        given(accounts.loadUserByUsername(anyString())).willThrow(new UsernameNotFoundException("unknown"));
        problem(perform(post("/api/tokens").header("Authorization", basic("nobody", "whatever123"))), 401);
    }

    @Test
    void loggingInWithoutCredentialsAnswers401() throws Exception {
        problem(perform(post("/api/tokens")), 401);
    }

    // PUT and DELETE /api/users/{me}/following/{target}

    @Test
    void followingAnswers204WithAConsistencyToken() throws Exception {
        perform(put("/api/users/alice/following/bob").header("Authorization", aliceToken()))
                .andExpect(status().isNoContent())
                .andExpect(header().string("Consistency-Token", "42"));
        then(commands).should().sendAndWait(new FollowUserCommand(ALICE, BOB));
    }

    @Test
    void followingAProtectedAccountAnswers202WithAConsistencyToken() throws Exception {
        given(commands.sendAndWait(new FollowUserCommand(ALICE, BOB))).willReturn(FollowOutcome.REQUESTED);
        perform(put("/api/users/alice/following/bob").header("Authorization", aliceToken()))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Consistency-Token", "42"));
    }

    @Test
    void followingAcrossABlockAnswers403Blocked() throws Exception {
        given(commands.sendAndWait(new FollowUserCommand(ALICE, BOB))).willThrow(new BlockedException());
        perform(put("/api/users/alice/following/bob").header("Authorization", aliceToken()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:flock:problem:blocked"));
    }

    @Test
    void followingMatchesThePathIgnoringCase() throws Exception {
        perform(put("/api/users/ALICE/following/bob").header("Authorization", aliceToken()))
                .andExpect(status().isNoContent());
    }

    @Test
    void followingWithoutATokenAnswers401() throws Exception {
        problem(perform(put("/api/users/alice/following/bob")), 401);
        then(commands).should(never()).sendAndWait(any());
    }

    @Test
    void followingWithATamperedTokenAnswers401() throws Exception {
        String token = aliceToken();
        String tampered = token.substring(0, token.length() - 3) + (token.endsWith("AAA") ? "BBB" : "AAA");
        problem(perform(put("/api/users/alice/following/bob").header("Authorization", tampered)), 401);
    }

    @Test
    void followingForSomeoneElseAnswers403() throws Exception {
        problem(perform(put("/api/users/bob/following/alice").header("Authorization", aliceToken())), 403);
        then(commands).should(never()).sendAndWait(any());
    }

    @Test
    void followingAnUnknownUserAnswers404() throws Exception {
        problem(perform(put("/api/users/alice/following/nobody").header("Authorization", aliceToken())), 404);
        then(commands).should(never()).sendAndWait(any());
    }

    @Test
    void followingYourselfAnswers422() throws Exception {
        problem(perform(put("/api/users/alice/following/Alice").header("Authorization", aliceToken())), 422);
        then(commands).should(never()).sendAndWait(any());
    }

    @Test
    void unfollowingAnswers204WithAConsistencyToken() throws Exception {
        perform(delete("/api/users/alice/following/bob").header("Authorization", aliceToken()))
                .andExpect(status().isNoContent())
                .andExpect(header().string("Consistency-Token", "42"));
        then(commands).should().sendAndWait(new UnfollowUserCommand(ALICE, BOB));
    }

    @Test
    void unfollowingWithoutATokenAnswers401() throws Exception {
        problem(perform(delete("/api/users/alice/following/bob")), 401);
    }

    @Test
    void unfollowingForSomeoneElseAnswers403() throws Exception {
        problem(perform(delete("/api/users/bob/following/alice").header("Authorization", aliceToken())), 403);
    }

    @Test
    void unfollowingAnUnknownUserAnswers404() throws Exception {
        problem(perform(delete("/api/users/alice/following/nobody").header("Authorization", aliceToken())), 404);
    }

    @Test
    void unfollowingYourselfAnswers422() throws Exception {
        problem(perform(delete("/api/users/alice/following/alice").header("Authorization", aliceToken())), 422);
    }

    // POST /api/users/{me}/posts

    @Test
    void publishingAnswers201WithIdPublishedAtAndLocation() throws Exception {
        given(commands.sendAndWait(any(PublishPostCommand.class)))
                .willReturn(new PostReceipt("post-1", Instant.parse("2026-01-01T12:00:00Z")));
        perform(post("/api/users/alice/posts").header("Authorization", aliceToken())
                .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"hello\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/users/alice/posts/post-1"))
                .andExpect(header().string("Consistency-Token", "42"))
                .andExpect(jsonPath("$.id").value("post-1"))
                .andExpect(jsonPath("$.publishedAt").value("2026-01-01T12:00:00.000Z"));
    }

    @Test
    void publishingAnInvalidBodyAnswers400() throws Exception {
        given(commands.sendAndWait(any(PublishPostCommand.class)))
                .willThrow(new InvalidPostException("too long"));
        ResultActions result = perform(post("/api/users/alice/posts").header("Authorization", aliceToken())
                .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"" + "x".repeat(281) + "\"}"));
        problem(result, 400);
        result.andExpect(jsonPath("$.errors.body").isString());
    }

    @Test
    void publishingWithAnInvalidIdempotencyKeyAnswers400() throws Exception {
        problem(perform(post("/api/users/alice/posts").header("Authorization", aliceToken())
                .header("Idempotency-Key", "has spaces")
                .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"hello\"}")), 400);
        then(commands).should(never()).sendAndWait(any());
    }

    @Test
    void publishingWithoutATokenAnswers401() throws Exception {
        problem(perform(post("/api/users/alice/posts")
                .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"hello\"}")), 401);
    }

    @Test
    void publishingForSomeoneElseAnswers403() throws Exception {
        problem(perform(post("/api/users/bob/posts").header("Authorization", aliceToken())
                .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"hello\"}")), 403);
        then(commands).should(never()).sendAndWait(any());
    }

    // PUT /api/users/{me}/password

    @Test
    void changingThePasswordWithTheCurrentOneAnswers204AndHashesTheNewOne() throws Exception {
        given(accounts.loadUserByUsername("alice"))
                .willReturn(new AccountUser(ALICE, "alice", passwords.encode("right password"), 0));
        perform(put("/api/users/alice/password").header("Authorization", basic("alice", "right password"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"a new long passphrase\"}"))
                .andExpect(status().isNoContent())
                .andExpect(header().string("Consistency-Token", "42"));
        ArgumentCaptor<ChangePasswordCommand> sent = ArgumentCaptor.forClass(ChangePasswordCommand.class);
        then(commands).should().sendAndWait(sent.capture());
        assertThat(sent.getValue().userId()).isEqualTo(ALICE);
        assertThat(passwords.matches("a new long passphrase", sent.getValue().passwordHash())).isTrue();
    }

    @Test
    void changingThePasswordWithABearerTokenOrAWrongPasswordAnswers401() throws Exception {
        given(accounts.loadUserByUsername("alice"))
                .willReturn(new AccountUser(ALICE, "alice", passwords.encode("right password"), 0));
        problem(perform(put("/api/users/alice/password").header("Authorization", aliceToken())
                .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"a new long passphrase\"}")), 401);
        problem(perform(put("/api/users/alice/password").header("Authorization", basic("alice", "wrong password"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"a new long passphrase\"}")), 401);
        then(commands).should(never()).sendAndWait(any());
    }

    @Test
    void changingSomeoneElsesPasswordAnswers403AndARefusedOneAnswers400() throws Exception {
        String hash = passwords.encode("right password");
        // a new principal per login, as the real service loads it: Spring Security erases the password of each
        given(accounts.loadUserByUsername("alice")).willAnswer(call -> new AccountUser(ALICE, "alice", hash, 0));
        problem(perform(put("/api/users/bob/password").header("Authorization", basic("alice", "right password"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"a new long passphrase\"}")), 403);
        problem(perform(put("/api/users/alice/password").header("Authorization", basic("alice", "right password"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"qwertyuiop\"}")), 400);
        then(commands).should(never()).sendAndWait(any());
    }

    @Test
    void aTokenIssuedBeforeThePasswordChangedAnswers401() throws Exception {
        String before = aliceToken();
        given(directory.account("alice")).willReturn(Optional.of(new Account(ALICE, 1)));
        ResultActions result = perform(put("/api/users/alice/following/bob").header("Authorization", before));
        problem(result, 401);
        result.andExpect(header().string("WWW-Authenticate", startsWith("Bearer error=\"invalid_token\"")));
        then(commands).should(never()).sendAndWait(any());
    }

    @Test
    void theTokensSigningKeyIsPublishedAsAJwkSetWithoutItsPrivatePart() throws Exception {
        perform(get("/.well-known/jwks.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.keys[0].kty").value("EC"))
                .andExpect(jsonPath("$.keys[0].crv").value("P-256"))
                .andExpect(jsonPath("$.keys[0].kid").isString())
                .andExpect(jsonPath("$.keys[0].d").doesNotExist());
    }

    @Test
    void theJwkSetAskedForInAnotherTypeIsRefusedWith406() throws Exception {
        problem(perform(get("/.well-known/jwks.json").accept("text/html", "application/problem+json")), 406);
    }

    @Test
    void anUnknownPathAnswersAProblem() throws Exception {
        problem(perform(post("/api/nothing-here").header("Authorization", aliceToken())), 404);
    }

    // v2: PUT/DELETE blocks, mutes, followers, follow-requests; PATCH the account; DELETE a post

    @Test
    void blockingAnswers204WithTheStoresHeadAsItsToken() throws Exception {
        perform(put("/api/users/alice/blocks/bob").header("Authorization", aliceToken()))
                .andExpect(status().isNoContent())
                .andExpect(header().string("Consistency-Token", "42"));
        then(commands).should().sendAndWait(new BlockUserCommand(ALICE, BOB));
        then(consistency).should().afterPair();
    }

    @Test
    void blockingYourselfAnUnknownUserOrForSomeoneElseIsRefusedBeforeAnyCommand() throws Exception {
        problem(perform(put("/api/users/alice/blocks/ALICE").header("Authorization", aliceToken())), 422);
        problem(perform(put("/api/users/alice/blocks/nobody").header("Authorization", aliceToken())), 404);
        problem(perform(put("/api/users/bob/blocks/alice").header("Authorization", aliceToken())), 403);
        problem(perform(delete("/api/users/alice/blocks/bob")), 401);
        then(commands).should(never()).sendAndWait(any());
    }

    @Test
    void mutingTakesAnOptionalDurationInRange() throws Exception {
        perform(put("/api/users/alice/mutes/bob").header("Authorization", aliceToken()))
                .andExpect(status().isNoContent());
        then(commands).should().sendAndWait(new MuteUserCommand(ALICE, BOB, null));
        perform(put("/api/users/alice/mutes/bob").header("Authorization", aliceToken())
                .contentType("application/json").content("{\"durationSeconds\": 31536000}"))
                .andExpect(status().isNoContent());
        then(commands).should().sendAndWait(new MuteUserCommand(ALICE, BOB, 31_536_000L));
    }

    @Test
    void aMuteDurationOutOfRangeOrNotAWholeNumberIs400() throws Exception {
        for (String body : List.of("{\"durationSeconds\": 0}", "{\"durationSeconds\": 31536001}",
                "{\"durationSeconds\": \"60\"}", "{\"durationSeconds\": 1.5}", "{\"durationSeconds\": true}",
                "{\"durationSeconds\": 99999999999999999999}", "{\"seconds\": 60}", "[60]")) {
            refused(body, perform(put("/api/users/alice/mutes/bob").header("Authorization", aliceToken())
                    .contentType("application/json").content(body)));
        }
        then(commands).should(never()).sendAndWait(any());
    }

    @Test
    void protectingTakesABooleanAsJsonOrMergePatch() throws Exception {
        perform(patch("/api/users/alice").header("Authorization", aliceToken())
                .contentType("application/merge-patch+json").content("{\"protected\": true}"))
                .andExpect(status().isNoContent());
        then(commands).should().sendAndWait(new ProtectAccountCommand(ALICE, true));
        for (String body : List.of("{}", "{\"protected\": null}", "{\"protected\": \"yes\"}",
                "{\"protected\": 1}", "{\"protected\": true, \"other\": 1}")) {
            refused(body, perform(patch("/api/users/alice").header("Authorization", aliceToken())
                    .contentType("application/json").content(body)));
        }
        then(commands).should(times(1)).sendAndWait(any());
    }

    /** A 400 problem for this body, naming the body when it is not. */
    private static void refused(String body, ResultActions result) throws Exception {
        try {
            problem(result, 400);
        } catch (AssertionError e) {
            throw new AssertionError("body " + body + ": " + e.getMessage(), e);
        }
    }

    @Test
    void approvingWithoutAPendingRequestIs404NoPendingRequest() throws Exception {
        given(commands.sendAndWait(new ApproveFollowRequestCommand(ALICE, BOB)))
                .willThrow(new NoPendingRequestException());
        perform(put("/api/users/alice/follow-requests/bob").header("Authorization", aliceToken()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:flock:problem:no-pending-request"));
    }

    @Test
    void removingAFollowerAndRejectingARequestAreCommandsOfTheAccount() throws Exception {
        perform(delete("/api/users/alice/followers/bob").header("Authorization", aliceToken()))
                .andExpect(status().isNoContent());
        perform(delete("/api/users/alice/follow-requests/bob").header("Authorization", aliceToken()))
                .andExpect(status().isNoContent());
        then(commands).should().sendAndWait(new RemoveFollowerCommand(ALICE, BOB));
        then(commands).should().sendAndWait(new RejectFollowRequestCommand(ALICE, BOB));
    }

    @Test
    void deletingAPostThatIsNotAUuidIs404WithoutACommand() throws Exception {
        problem(perform(delete("/api/users/alice/posts/not-a-post").header("Authorization", aliceToken())), 404);
        problem(perform(delete("/api/users/alice/posts/0F8E3C1A-5B7D-4C2E-9A61-2D4F8B9C0E17")
                .header("Authorization", aliceToken())), 404);
        then(commands).should(never()).sendAndWait(any());
        String post = "0f8e3c1a-5b7d-4c2e-9a61-2d4f8b9c0e17";
        perform(delete("/api/users/alice/posts/" + post).header("Authorization", aliceToken()))
                .andExpect(status().isNoContent())
                .andExpect(header().string("Consistency-Token", "42"));
        then(commands).should().sendAndWait(new DeletePostCommand(ALICE, post));
    }
}
