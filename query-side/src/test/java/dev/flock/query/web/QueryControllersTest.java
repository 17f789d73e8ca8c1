package dev.flock.query.web;

import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willReturn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import dev.flock.query.FlockQueryApplication;
import dev.flock.query.config.SecurityConfig;
import dev.flock.query.paging.Cursor;
import dev.flock.query.paging.Page;
import dev.flock.query.paging.PageRequest;
import dev.flock.query.projection.ProcessorPositions;
import dev.flock.query.views.PostItem;
import dev.flock.query.views.follows.FollowQueries.FollowCounts;
import dev.flock.query.views.follows.FollowQueries.FollowItem;
import dev.flock.query.views.follows.FollowQueries.Relationship;
import dev.flock.query.views.follows.FollowQueries;
import dev.flock.query.views.posts.PostQueries;
import dev.flock.query.views.profiles.Profiles.Profile;
import dev.flock.query.views.profiles.Profiles;
import dev.flock.query.views.profiles.UnknownUserException;
import dev.flock.query.views.relationships.RelationshipQueries.Flags;
import dev.flock.query.views.relationships.RelationshipQueries;
import dev.flock.query.views.timeline.TimelineQueries;
import dev.flock.testsupport.TestKeys;
import dev.flock.web.TokenKeys;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every status of the query-side table in the API contract, through the real security configuration and
 * problem+json advice, with the views replaced.
 */
@WebMvcTest(properties = {"spring.config.name=" + FlockQueryApplication.CONFIG_NAME,
        "flock.consistency.max-waiters=0"},
        includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "dev\\.flock\\.query\\.api\\..*Advice"),
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "dev\\.flock\\.query\\.admin\\..*"))
@Import({SecurityConfig.class, Readers.class})
@ActiveProfiles("test")
class QueryControllersTest {

    private static final UUID ANN = UUID.randomUUID();
    private static final UUID BEN = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00.000Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Profiles profiles;
    @MockitoBean
    FollowQueries follows;
    @MockitoBean
    PostQueries posts;
    @MockitoBean
    TimelineQueries timelines;
    @MockitoBean
    RelationshipQueries relationships;
    @MockitoBean
    ProcessorPositions consistency;

    @BeforeEach
    void setUp() {
        given(profiles.find(anyString())).willReturn(Optional.empty());
        given(profiles.require(anyString())).willAnswer(call -> {
            throw new UnknownUserException(call.getArgument(0));
        });
        Profile ann = new Profile(ANN, "ann", T0, 1, false);
        Profile ben = new Profile(BEN, "ben", T0, 0, false);
        given(profiles.find("ann")).willReturn(Optional.of(ann));
        willReturn(ann).given(profiles).require("ann");
        given(profiles.find("ben")).willReturn(Optional.of(ben));
        given(profiles.byId(anyString())).willReturn(Optional.empty());
        given(profiles.byId(ANN.toString())).willReturn(Optional.of(ann));
        given(profiles.byId(BEN.toString())).willReturn(Optional.of(ben));
        willReturn(ben).given(profiles).require("ben");
    }

    @DynamicPropertySource
    static void tokenKeys(DynamicPropertyRegistry registry) {
        registry.add("flock.jwt.public-keys", TestKeys::publicKey);
    }

    private static String token(UUID subject, Instant expiresAt, KeyPair keys) {
        return token(subject, expiresAt, keys, 0);
    }

    private static String token(UUID subject, Instant expiresAt, KeyPair keys, int credentialVersion) {
        ECKey key = new ECKey.Builder(TokenKeys.jwk((ECPublicKey) keys.getPublic()))
                .privateKey((ECPrivateKey) keys.getPrivate()).build();
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer("flock").subject(subject.toString())
                .claim("cv", credentialVersion).issuedAt(expiresAt.minusSeconds(3600)).expiresAt(expiresAt).build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.ES256).keyId(key.getKeyID()).build();
        return "Bearer " + encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    private static String annToken() {
        return token(ANN, Instant.now().plusSeconds(600), TestKeys.pair(), 1);
    }

    private ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request);
    }

    private static void problem(ResultActions result, int status) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.type").value(matchesPattern("urn:flock:problem:.+")))
                .andExpect(jsonPath("$.title").isString())
                .andExpect(jsonPath("$.detail").isString());
    }

    private static PostItem post(String id) {
        return new PostItem(id, "ben", "hello", "2026-01-01T00:00:00.000Z");
    }

    // GET /api/users/{u}

    @Test
    void aProfileAnswersItsCountsAndRegistrationTime() throws Exception {
        given(follows.counts(ANN)).willReturn(new FollowCounts(3, 2));
        given(posts.count(ANN)).willReturn(7L);
        perform(get("/api/users/ann"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("ann"))
                .andExpect(jsonPath("$.followers").value(3))
                .andExpect(jsonPath("$.following").value(2))
                .andExpect(jsonPath("$.posts").value(7))
                .andExpect(jsonPath("$.registeredAt").value("2026-01-01T00:00:00.000Z"));
    }

    @Test
    void anUnknownProfileAnswers404() throws Exception {
        problem(perform(get("/api/users/nobody")), 404);
    }

    @Test
    void aConsistencyTokenTheViewsHaveReachedAnswersAtOnce() throws Exception {
        given(consistency.viewsReached(eq(99L), any(String[].class))).willReturn(true);
        given(follows.counts(ANN)).willReturn(new FollowCounts(0, 0));
        perform(get("/api/users/ann").header("Consistency-Token", "99")).andExpect(status().isOk());
    }

    @Test
    void aConsistencyTokenBeyondTheEventStoresHeadAnswers400AtOnce() throws Exception {
        given(consistency.storedUpTo(anyLong())).willAnswer(call -> call.<Long>getArgument(0) <= 12);
        ResultActions result = perform(get("/api/users/ann").header("Consistency-Token", "9223372036854775807"));
        problem(result, 400);
        result.andExpect(jsonPath("$.errors['Consistency-Token']").isString());
    }

    @Test
    void aWaitingReadBeyondTheLimitOfWaitersAnswers503WithRetryAfterAtOnce() throws Exception {
        given(consistency.storedUpTo(anyLong())).willReturn(true);
        ResultActions result = perform(get("/api/users/ann").header("Consistency-Token", "12"));
        problem(result, 503);
        result.andExpect(header().string("Retry-After", "1"));
    }

    // GET followers / following

    @Test
    void followersAnswerAPageWithANextCursorAndALinkHeader() throws Exception {
        String next = new Cursor(T0, BEN).encode();
        given(follows.followers(eq(ANN), any(PageRequest.class)))
                .willReturn(new Page<>(List.of(new FollowItem("ben", "2026-01-01T00:00:00.000Z")), next));
        perform(get("/api/users/ann/followers?limit=1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].username").value("ben"))
                .andExpect(jsonPath("$.items[0].since").value("2026-01-01T00:00:00.000Z"))
                .andExpect(jsonPath("$.next").value(next))
                .andExpect(header().string("Link",
                        "</api/users/ann/followers?limit=1&cursor=" + next + ">; rel=\"next\""));
    }

    @Test
    void theLinkToTheNextPageNeverNamesTheHostTheClientSent() throws Exception {
        String next = new Cursor(T0, BEN).encode();
        given(follows.followers(eq(ANN), any(PageRequest.class)))
                .willReturn(new Page<>(List.of(new FollowItem("ben", "2026-01-01T00:00:00.000Z")), next));
        perform(get("/api/users/ann/followers?limit=1&evil=%0d%0a").header("Host", "evil.example")
                .header("X-Forwarded-Host", "evil.example"))
                .andExpect(status().isOk())
                .andExpect(header().string("Link",
                        "</api/users/ann/followers?limit=1&cursor=" + next + ">; rel=\"next\""));
    }

    @Test
    void theLastPageHasNoNextAndNoLink() throws Exception {
        given(follows.following(eq(ANN), any(PageRequest.class))).willReturn(new Page<>(List.of(), null));
        perform(get("/api/users/ann/following"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.next").isEmpty())
                .andExpect(header().doesNotExist("Link"));
    }

    @Test
    void aMalformedCursorAnswers400() throws Exception {
        ResultActions result = perform(get("/api/users/ann/followers").param("cursor", "not-a-cursor"));
        problem(result, 400);
        result.andExpect(jsonPath("$.errors.cursor").isString());
    }

    @Test
    void aLimitOutside1To100Answers400() throws Exception {
        problem(perform(get("/api/users/ann/following").param("limit", "0")), 400);
        problem(perform(get("/api/users/ann/following").param("limit", "101")), 400);
        problem(perform(get("/api/users/ann/following").param("limit", "ten")), 400);
    }

    @Test
    void followersOfAnUnknownUserAnswer404() throws Exception {
        problem(perform(get("/api/users/nobody/followers")), 404);
        problem(perform(get("/api/users/nobody/following")), 404);
    }

    // GET relationships

    @Test
    void aRelationshipAnswersBothDirections() throws Exception {
        given(follows.relationship(ANN, BEN))
                .willReturn(new Relationship(true, false, "2026-01-01T00:00:00.000Z", null));
        perform(get("/api/users/ann/relationships/ben"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.following").value(true))
                .andExpect(jsonPath("$.followedBy").value(false))
                .andExpect(jsonPath("$.followingSince").value("2026-01-01T00:00:00.000Z"))
                .andExpect(jsonPath("$.followedBySince").isEmpty());
    }

    @Test
    void aRelationshipWithAnUnknownUserAnswers404() throws Exception {
        problem(perform(get("/api/users/ann/relationships/nobody")), 404);
    }

    // GET posts

    @Test
    void postsAnswerAPage() throws Exception {
        given(posts.byAuthor(eq(BEN), any(PageRequest.class))).willReturn(new Page<>(List.of(post("p1")), null));
        perform(get("/api/users/ben/posts"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value("p1"))
                .andExpect(jsonPath("$.items[0].author").value("ben"))
                .andExpect(jsonPath("$.items[0].body").value("hello"))
                .andExpect(jsonPath("$.items[0].publishedAt").value("2026-01-01T00:00:00.000Z"));
    }

    @Test
    void aSinglePostAnswersWhereTheCommandSidesLocationPoints() throws Exception {
        UUID id = UUID.randomUUID();
        given(posts.find(BEN, id)).willReturn(Optional.of(post(id.toString())));
        perform(get("/api/users/ben/posts/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id.toString()));
        given(posts.find(eq(BEN), any(UUID.class))).willReturn(Optional.empty());
        problem(perform(get("/api/users/ben/posts/" + UUID.randomUUID())), 404);
        problem(perform(get("/api/users/ben/posts/not-a-uuid")), 404);
    }

    @Test
    void postsOfAnUnknownUserAnswer404() throws Exception {
        problem(perform(get("/api/users/nobody/posts")), 404);
    }

    @Test
    void aMalformedConsistencyTokenAnswers400() throws Exception {
        problem(perform(get("/api/users/ben/posts").header("Consistency-Token", "abc")), 400);
    }

    // GET timeline

    @Test
    void theOwnerReadsTheirTimeline() throws Exception {
        given(timelines.page(eq(ANN), any(PageRequest.class))).willReturn(new Page<>(List.of(post("p1")), null));
        perform(get("/api/users/ann/timeline").header("Authorization", annToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value("p1"));
    }

    @Test
    void aTimelineWithoutATokenAnswers401() throws Exception {
        ResultActions result = perform(get("/api/users/ann/timeline"));
        problem(result, 401);
        result.andExpect(header().string("WWW-Authenticate", startsWith("Bearer")));
    }

    @Test
    void aTimelineWithAnExpiredTokenAnswers401() throws Exception {
        problem(perform(get("/api/users/ann/timeline")
                .header("Authorization", token(ANN, Instant.now().minusSeconds(3600), TestKeys.pair()))), 401);
    }

    @Test
    void aTimelineWithATokenSignedByAnotherKeyAnswers401() throws Exception {
        problem(perform(get("/api/users/ann/timeline")
                .header("Authorization", token(ANN, Instant.now().plusSeconds(600), TestKeys.generate()))), 401);
    }

    @Test
    void aTimelineWithATokenFromBeforeThePasswordChangedAnswers401() throws Exception {
        ResultActions result = perform(get("/api/users/ann/timeline")
                .header("Authorization", token(ANN, Instant.now().plusSeconds(600), TestKeys.pair(), 0)));
        problem(result, 401);
        result.andExpect(header().string("WWW-Authenticate", startsWith("Bearer error=\"invalid_token\"")));
    }

    @Test
    void anotherUsersTimelineAnswers403() throws Exception {
        problem(perform(get("/api/users/ben/timeline").header("Authorization", annToken())), 403);
    }

    // v2: protected accounts, the owner's lists, the relationship's private flags

    private void protectBen() {
        Profile ben = new Profile(BEN, "ben", T0, 0, true);
        given(profiles.find("ben")).willReturn(Optional.of(ben));
        willReturn(ben).given(profiles).require("ben");
        given(profiles.byId(BEN.toString())).willReturn(Optional.of(ben));
        given(follows.relationship(any(), any())).willReturn(new Relationship(false, false, null, null));
        given(posts.byAuthor(eq(BEN), any(PageRequest.class))).willReturn(new Page<>(List.of(post("p1")), null));
        given(follows.followers(eq(BEN), any(PageRequest.class))).willReturn(new Page<>(List.of(), null));
    }

    @Test
    void aProtectedAccountsPostsAndListsNeedATokenOfAFollower() throws Exception {
        protectBen();
        for (String list : List.of("posts", "followers", "following", "posts/" + UUID.randomUUID())) {
            problem(perform(get("/api/users/ben/" + list)), 401);
            ResultActions stranger = perform(get("/api/users/ben/" + list).header("Authorization", annToken()));
            problem(stranger, 403);
            stranger.andExpect(jsonPath("$.type").value("urn:flock:problem:protected"));
        }
        given(follows.relationship(ANN, BEN)).willReturn(new Relationship(true, false, "2026-01-01T00:00:00.000Z",
                null));
        perform(get("/api/users/ben/posts").header("Authorization", annToken())).andExpect(status().isOk());
        perform(get("/api/users/ben/followers").header("Authorization", annToken())).andExpect(status().isOk());
    }

    @Test
    void aProtectedAccountReadsItsOwnPostsAndItsProfileStaysPublic() throws Exception {
        protectBen();
        String benToken = token(BEN, Instant.now().plusSeconds(600), TestKeys.pair());
        perform(get("/api/users/ben/posts").header("Authorization", benToken)).andExpect(status().isOk());
        given(follows.counts(BEN)).willReturn(new FollowCounts(1, 1));
        perform(get("/api/users/ben")).andExpect(status().isOk()).andExpect(jsonPath("$.protected").value(true));
    }

    @Test
    void blocksMutesAndRequestsAreForTheOwnersTokenOnly() throws Exception {
        given(relationships.blocks(eq(ANN), any(PageRequest.class))).willReturn(new Page<>(List.of(), null));
        given(relationships.mutes(eq(ANN), any(PageRequest.class))).willReturn(new Page<>(List.of(), null));
        given(relationships.followRequests(eq(ANN), any(PageRequest.class))).willReturn(new Page<>(List.of(), null));
        for (String list : List.of("blocks", "mutes", "follow-requests")) {
            perform(get("/api/users/ann/" + list).header("Authorization", annToken())).andExpect(status().isOk());
            problem(perform(get("/api/users/ann/" + list)), 401);
            problem(perform(get("/api/users/ben/" + list).header("Authorization", annToken())), 403);
            problem(perform(get("/api/users/ann/" + list).header("Authorization",
                    token(ANN, Instant.now().plusSeconds(600), TestKeys.pair(), 0))), 401);
        }
    }

    @Test
    void aRelationshipShowsThePrivateFlagsOnlyWithTheUsersOwnToken() throws Exception {
        given(follows.relationship(ANN, BEN)).willReturn(new Relationship(false, false, null, null));
        given(relationships.flags(ANN, BEN)).willReturn(new Flags(true, false, true, false, true));
        perform(get("/api/users/ann/relationships/ben").header("Authorization", annToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.blocking").value(true))
                .andExpect(jsonPath("$.blockedBy").value(false))
                .andExpect(jsonPath("$.muting").value(true))
                .andExpect(jsonPath("$.requested").value(false))
                .andExpect(jsonPath("$.requestedBy").value(true))
                .andExpect(jsonPath("$.followingSince").isEmpty());
        perform(get("/api/users/ann/relationships/ben"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.following").value(false))
                .andExpect(jsonPath("$.followingSince").hasJsonPath())
                .andExpect(jsonPath("$.blocking").doesNotExist());
        String benToken = token(BEN, Instant.now().plusSeconds(600), TestKeys.pair());
        perform(get("/api/users/ann/relationships/ben").header("Authorization", benToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.muting").doesNotExist());
    }
}
