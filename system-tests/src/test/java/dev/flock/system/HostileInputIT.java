package dev.flock.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.flock.system.support.Flock;
import dev.flock.system.support.FlockSystemTest;
import dev.flock.testsupport.Http;
import dev.flock.testsupport.RawHttp;
import dev.flock.testsupport.TestKeys;
import dev.flock.web.TokenKeys;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile and broken requests against both services: each must be answered with the expected 4xx as
 * {@code application/problem+json} (never a 5xx, never HTML, never a stack trace), and together they must change
 * nothing: no event, no snapshot, no user, no credential.
 */
@FlockSystemTest
class HostileInputIT {

    private static final Logger log = LoggerFactory.getLogger(HostileInputIT.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OWNER = "hostile_owner";
    private static final String OTHER = "hostile_other";
    /** Spelt with the Kelvin sign U+212A below, which Java lower-cases to an ASCII k. */
    private static final String KELVIN = "kelvin_k";

    @LocalServerPort
    int queryPort;
    @Value("${flock.test.command-port}")
    int commandPort;
    @Autowired
    JdbcClient jdbc;

    private final List<Probe> probes = new ArrayList<>();

    private record Probe(String name, int port, String method, String target, byte[] body, String[] headers,
                         int expected) {
    }

    @Test
    void everyHostileRequestIsAProblemAndChangesNothing() throws Exception {
        Flock flock = new Flock(commandPort, queryPort);
        flock.register(OWNER);
        flock.register(OTHER);
        flock.register(KELVIN);
        String owner = flock.bearerOf(OWNER).substring("Bearer ".length());
        String other = flock.bearerOf(OTHER).substring("Bearer ".length());
        String ownerId = subjectOf(owner);
        String otherId = subjectOf(other);
        flock.post(OWNER, "a post that exists");
        Map<String, Long> before = stateCounts();

        commandSideProbes(owner, other, ownerId, otherId);
        querySideProbes(owner, other, ownerId);

        List<String> wrong = new ArrayList<>();
        for (Probe probe : probes) {
            RawHttp.Answer answer = new RawHttp(probe.port()).send(probe.method(), probe.target(), probe.body(),
                    probe.headers());
            String fault = faultOf(probe, answer);
            if (fault != null) {
                wrong.add(probe.name() + ": " + fault);
            }
        }
        log.info("{} hostile requests, {} answered as expected", probes.size(), probes.size() - wrong.size());
        assertThat(wrong).as("requests answered wrongly").isEmpty();
        assertThat(probes).hasSizeGreaterThanOrEqualTo(60);
        assertThat(stateCounts()).as("events, snapshots, users and credentials").isEqualTo(before);
    }

    private void commandSideProbes(String owner, String other, String ownerId, String otherId) throws Exception {
        String ownerBearer = Http.bearer(owner);
        String posts = "/api/users/" + OWNER + "/posts";
        String follow = "/api/users/" + OWNER + "/following/";

        register("truncated JSON", "{\"username\":\"abc", 400);
        register("malformed JSON", "{username: abc}", 400);
        register("a JSON array", "[]", 400);
        register("JSON null", "null", 400);
        register("a number for a string", "{\"username\":5,\"email\":\"n@example.com\",\"password\":\"long enough\"}",
                400);
        register("an object for a string", user("{}", "o@example.com", "long enough"), 400);
        register("missing fields", "{}", 400);
        register("an extra field", "{\"username\":\"extra_field\",\"email\":\"x@example.com\","
                + "\"password\":\"long enough\",\"admin\":true}", 400);
        register("NUL in the username", user("\"ab\\u0000cd\"", "nul@example.com", "long enough"), 400);
        register("a control character in the email", user("\"ctl_mail\"", "a\\u0007b@example.com", "long enough"),
                400);
        register("an emoji username", user("\"smile\uD83D\uDE00\"", "e@example.com", "long enough"), 400);
        register("a full-width username", user("\"\uFF4A\uFF4F\uFF48\uFF4E\"", "fw@example.com", "long enough"), 400);
        register("a Cyrillic look-alike username", user("\"j\u043Ehn_x\"", "cy@example.com", "long enough"), 400);
        register("SQL in the username", user("\"x'); drop table command.user_lookup;--\"", "s@example.com",
                "long enough"), 400);
        register("path traversal in the username", user("\"../../etc/passwd\"", "p@example.com", "long enough"),
                400);
        register("a 5,000-character username", user("\"" + "a".repeat(5000) + "\"", "l@example.com", "long enough"),
                400);
        register("a 129-character password", user("\"long_pw\"", "lp@example.com", "p".repeat(129)), 400);
        register("a 7-character password", user("\"short_pw\"", "sp@example.com", "seven77"), 400);
        register("an email without @", user("\"no_at\"", "nowhere", "long enough"), 400);
        register("an owner's name again in another case", user("\"HOSTILE_OWNER\"", "again@example.com",
                "long enough"), 409);
        register("JSON nested 4,000 deep", "[".repeat(4000) + "]".repeat(4000), 400);
        add("invalid UTF-8 in the body", commandPort, "POST", "/api/users",
                new byte[] {'{', '"', 'u', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, 400,
                "Content-Type", "application/json");
        add("a 20 KB body", commandPort, "POST", "/api/users",
                user("\"big_body\"", "b@example.com", "x".repeat(20_000)).getBytes(StandardCharsets.UTF_8), 413,
                "Content-Type", "application/json");
        add("a 20 KB chunked body", commandPort, "POST", "/api/users",
                chunked(user("\"big_chunk\"", "c@example.com", "x".repeat(20_000))), 413,
                "Content-Type", "application/json", "Transfer-Encoding", "chunked");
        add("text/plain", commandPort, "POST", "/api/users", "hello".getBytes(StandardCharsets.UTF_8), 415,
                "Content-Type", "text/plain");
        add("XML", commandPort, "POST", "/api/users", "<user/>".getBytes(StandardCharsets.UTF_8), 415,
                "Content-Type", "application/xml");
        add("no body", commandPort, "POST", "/api/users", new byte[0], 400, "Content-Type", "application/json");
        add("a form post", commandPort, "POST", "/api/users",
                "username=formy&email=f%40example.com&password=long+enough".getBytes(StandardCharsets.UTF_8), 415,
                "Content-Type", "application/x-www-form-urlencoded");

        post("NUL in a post", "{\"body\":\"nul\\u0000inside\"}", ownerBearer, 400);
        post("a bell in a post", "{\"body\":\"ding\\u0007\"}", ownerBearer, 400);
        post("an escape sequence in a post", "{\"body\":\"\\u001b[31mred\"}", ownerBearer, 400);
        post("a lone surrogate in a post", "{\"body\":\"half \\ud800 a pair\"}", ownerBearer, 400);
        post("281 characters", "{\"body\":\"" + "x".repeat(281) + "\"}", ownerBearer, 400);
        post("281 emoji", "{\"body\":\"" + "\uD83D\uDE00".repeat(281) + "\"}", ownerBearer, 400);
        post("white space only", "{\"body\":\" \\n\\t \"}", ownerBearer, 400);
        post("a number for the body", "{\"body\":5}", ownerBearer, 400);
        post("a null body", "{\"body\":null}", ownerBearer, 400);
        post("an empty object", "{}", ownerBearer, 400);
        post("an extra field in a post", "{\"body\":\"hi\",\"author\":\"" + OTHER + "\"}", ownerBearer, 400);
        add("an Idempotency-Key with a space", commandPort, "POST", posts, json("{\"body\":\"k\"}"), 400,
                "Content-Type", "application/json", "Authorization", ownerBearer, "Idempotency-Key", "a b");
        add("a 300-character Idempotency-Key", commandPort, "POST", posts, json("{\"body\":\"k\"}"), 400,
                "Content-Type", "application/json", "Authorization", ownerBearer, "Idempotency-Key", "k".repeat(300));
        post("posting with another user's token", "{\"body\":\"as someone else\"}", Http.bearer(other), 403);
        post("posting without a token", "{\"body\":\"anonymous\"}", null, 401);
        post("an alg:none token", "{\"body\":\"x\"}", Http.bearer(unsigned(ownerId)), 401);
        post("a token signed with another key", "{\"body\":\"x\"}",
                Http.bearer(signed(TestKeys.generate(), "flock", ownerId,
                        Instant.now().plusSeconds(600))), 401);
        post("an expired token", "{\"body\":\"x\"}", Http.bearer(signed(TestKeys.pair(), "flock",
                ownerId, Instant.now().minusSeconds(60))), 401);
        post("a token from another issuer", "{\"body\":\"x\"}", Http.bearer(signed(TestKeys.pair(),
                "someone-else", ownerId, Instant.now().plusSeconds(600))), 401);
        post("a tampered token (subject swapped)", "{\"body\":\"x\"}", Http.bearer(withSubject(other, ownerId)), 401);
        post("an HS256 token keyed with the public key", "{\"body\":\"x\"}", Http.bearer(hmacWithThePublicKey(ownerId)),
                401);
        post("a token without an expiry", "{\"body\":\"x\"}", Http.bearer(withoutExpiry(ownerId)), 401);
        post("a garbage token", "{\"body\":\"x\"}", "Bearer !!!not-a-jwt!!!", 401);
        post("an empty bearer", "{\"body\":\"x\"}", "Bearer ", 401);
        post("Basic instead of Bearer", "{\"body\":\"x\"}", Http.basic(OWNER, Flock.PASSWORD), 401);

        add("following oneself", commandPort, "PUT", follow + OWNER, null, 422, "Authorization", ownerBearer);
        add("following oneself in capitals", commandPort, "PUT", follow + "HOSTILE_OWNER", null, 422,
                "Authorization", ownerBearer);
        add("following nobody", commandPort, "PUT", follow + "nobody_at_all", null, 404,
                "Authorization", ownerBearer);
        add("following SQL", commandPort, "PUT", follow + "x'%20or%20'1'%3D'1", null, 404,
                "Authorization", ownerBearer);
        add("following an encoded semicolon", commandPort, "PUT", follow + "x'%3B%20drop%20table%20x%3B--", null, 400,
                "Authorization", ownerBearer);
        add("following an encoded path traversal", commandPort, "PUT", follow + "..%2F..%2Fadmin", null, 400,
                "Authorization", ownerBearer);
        add("following for someone else", commandPort, "PUT", "/api/users/" + OTHER + "/following/" + OWNER, null,
                403, "Authorization", ownerBearer);
        add("following without a token", commandPort, "PUT", follow + OTHER, null, 401);
        add("unfollowing with a tampered token", commandPort, "DELETE", "/api/users/" + OTHER + "/following/" + OWNER,
                null, 401, "Authorization", Http.bearer(withSubject(owner, otherId)));

        add("a login with garbage Basic", commandPort, "POST", "/api/tokens", null, 401, "Authorization", "Basic %%%");
        add("a login without a colon", commandPort, "POST", "/api/tokens", null, 401, "Authorization",
                "Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes(StandardCharsets.UTF_8)));
        add("a login with a wrong password", commandPort, "POST", "/api/tokens", null, 401, "Authorization",
                Http.basic(OTHER, "not the password"));
        add("a login spelt with the Kelvin sign", commandPort, "POST", "/api/tokens", null, 401, "Authorization",
                Http.basic("\u212Aelvin_k", Flock.PASSWORD));
        add("following a name spelt with the Kelvin sign", commandPort, "PUT", follow + "%E2%84%AAelvin_k", null, 404,
                "Authorization", ownerBearer);
        register("an email that outgrows 254 characters when lower-cased", user("\"dotted_i\"",
                "\u0130".repeat(64) + "@" + "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(57) + ".com",
                "long enough"), 400);
        add("a login with a bearer token", commandPort, "POST", "/api/tokens", null, 401, "Authorization",
                ownerBearer);
        add("PATCH", commandPort, "PATCH", "/api/users", json("{}"), 401, "Content-Type", "application/json");
        add("TRACE", commandPort, "TRACE", "/api/users", null, 405);
        add("a 20 KB header", commandPort, "GET", "/api/users", null, 400, "X-Padding", "p".repeat(20_000));
        add("a 10 KB request line", commandPort, "GET", "/api/users/" + "a".repeat(10_000), null, 400);
    }

    private void querySideProbes(String owner, String other, String ownerId) throws JOSEException {
        String user = "/api/users/" + OWNER;
        add("an encoded path traversal", queryPort, "GET", "/api/users/..%2F..%2Fetc%2Fpasswd", null, 400);
        add("a plain path traversal", queryPort, "GET", "/api/users/../../etc/passwd", null, 400);
        add("a path parameter", queryPort, "GET", user + ";jsessionid=1", null, 400);
        add("an encoded NUL in the path", queryPort, "GET", "/api/users/hostile%00owner", null, 400);
        add("invalid UTF-8 in the path", queryPort, "GET", "/api/users/%C3%28", null, 400);
        add("a raw control character in the path", queryPort, "GET", "/api/users/a\u0001b", null, 400);
        add("an emoji user", queryPort, "GET", "/api/users/%F0%9F%98%80", null, 404);
        add("a 3,000-character user", queryPort, "GET", "/api/users/" + "a".repeat(3000), null, 404);
        add("SQL as a user", queryPort, "GET", "/api/users/x'%20or%20'1'%3D'1", null, 404);
        add("DELETE on a profile", queryPort, "DELETE", user, null, 405);
        for (String query : new String[] {"cursor=%%%", "cursor=!!!", "cursor=bm90IGEgY3Vyc29y",
                "cursor=" + "A".repeat(4000), "limit=0", "limit=101", "limit=-1", "limit=1e9", "limit=abc",
                "limit=", "limit=99999999999999999999"}) {
            add("posts?" + query, queryPort, "GET", user + "/posts?" + query, null, 400);
        }
        add("followers with a bad cursor", queryPort, "GET", user + "/followers?cursor=%25", null, 400);
        add("a cursor in the year 294277", queryPort, "GET", user + "/posts?cursor=" + Base64.getUrlEncoder()
                .encodeToString("+294277-01-01T00:00:00Z|00000000-0000-0000-0000-000000000001".getBytes(
                        StandardCharsets.UTF_8)), null, 400);
        add("a cursor before 1970", queryPort, "GET", user + "/followers?cursor=" + Base64.getUrlEncoder()
                .encodeToString("-4714-11-24T00:00:00Z|00000000-0000-0000-0000-000000000001".getBytes(
                        StandardCharsets.UTF_8)), null, 400);
        add("a Consistency-Token beyond the event store's head", queryPort, "GET", user, null, 400,
                "Consistency-Token", Long.toString(Long.MAX_VALUE));
        for (String token : new String[] {"abc", "-1", "9".repeat(40), "1e3", " "}) {
            add("Consistency-Token '" + token + "'", queryPort, "GET", user, null, 400, "Consistency-Token", token);
        }
        String timeline = user + "/timeline";
        add("a timeline without a token", queryPort, "GET", timeline, null, 401);
        add("HEAD on a timeline without a token", queryPort, "HEAD", timeline, null, 401);
        add("DELETE on a timeline without a token", queryPort, "DELETE", timeline, null, 401);
        add("a path no rule names", queryPort, "GET", "/internal/anything", null, 401);
        add("a timeline with another user's token", queryPort, "GET", timeline, null, 403,
                "Authorization", Http.bearer(other));
        add("a timeline with an alg:none token", queryPort, "GET", timeline, null, 401,
                "Authorization", Http.bearer(unsigned(ownerId)));
        add("a timeline with an expired token", queryPort, "GET", timeline, null, 401, "Authorization",
                Http.bearer(signed(TestKeys.pair(), "flock", ownerId,
                        Instant.now().minus(Duration.ofMinutes(5)))));
        add("a timeline with a tampered token", queryPort, "GET", timeline, null, 401,
                "Authorization", Http.bearer(withSubject(other, ownerId)));
        add("operator call without credentials", queryPort, "GET", "/api/admin/projections", null, 401);
        add("operator call with a user's token", queryPort, "GET", "/api/admin/projections", null, 401,
                "Authorization", Http.bearer(owner));
        add("operator call with a wrong password", queryPort, "POST", "/api/admin/projections/timeline/replay", null,
                401, "Authorization", Http.basic("operator", "wrong password!"));
        add("operator call as a user", queryPort, "POST", "/api/admin/projections/timeline/replay", null, 401,
                "Authorization", Http.basic(OWNER, Flock.PASSWORD));
    }

    private void register(String name, String json, int expected) {
        add(name, commandPort, "POST", "/api/users", json(json), expected, "Content-Type", "application/json");
    }

    private void post(String name, String json, String authorization, int expected) {
        List<String> headers = new ArrayList<>(List.of("Content-Type", "application/json"));
        if (authorization != null) {
            headers.addAll(List.of("Authorization", authorization));
        }
        add(name, commandPort, "POST", "/api/users/" + OWNER + "/posts", json(json), expected,
                headers.toArray(String[]::new));
    }

    private void add(String name, int port, String method, String target, byte[] body, int expected,
                     String... headers) {
        probes.add(new Probe(name, port, method, target, body, headers, expected));
    }

    private static String user(String usernameJson, String email, String password) {
        return "{\"username\":" + usernameJson + ",\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] chunked(String text) {
        byte[] body = json(text);
        StringBuilder chunks = new StringBuilder();
        for (int at = 0; at < body.length; at += 4096) {
            int size = Math.min(4096, body.length - at);
            chunks.append(Integer.toHexString(size)).append("\r\n")
                    .append(new String(body, at, size, StandardCharsets.ISO_8859_1)).append("\r\n");
        }
        return chunks.append("0\r\n\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** What is wrong with the answer, or null. */
    private static String faultOf(Probe probe, RawHttp.Answer answer) {
        if (answer.status() != probe.expected()) {
            return "status " + answer.status() + ", expected " + probe.expected() + ": " + abbreviate(answer.body());
        }
        String type = answer.header("Content-Type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return "content type " + type + ": " + abbreviate(answer.body());
        }
        if (probe.method().equals("HEAD")) {
            return answer.body().isEmpty() ? null : "a body for HEAD: " + abbreviate(answer.body());
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            if (!problem.path("type").asString().startsWith("urn:flock:problem:")
                    || problem.path("status").asInt() != probe.expected()
                    || problem.path("title").asString().isBlank()) {
                return "not a Flock problem: " + abbreviate(answer.body());
            }
        } catch (RuntimeException e) {
            return "body is not JSON: " + abbreviate(answer.body());
        }
        if (answer.body().contains("Exception") || answer.body().contains("\tat ")) {
            return "leaks internals: " + abbreviate(answer.body());
        }
        return null;
    }

    private static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }

    private Map<String, Long> stateCounts() {
        return Map.of(
                "events", count("eventstore.domain_event_entry"),
                "snapshots", count("eventstore.snapshot_event_entry"),
                "users", count("command.user_lookup"),
                "credentials", count("command.user_credentials"));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static String subjectOf(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return JSON.readTree(payload).get("sub").asString();
    }

    /** The token with its payload's subject replaced and its signature kept: a forgery that must not verify. */
    private static String withSubject(String token, String subject) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String swapped = payload.replace(subjectOf(token), subject);
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(swapped.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    private static String unsigned(String subject) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String header = encoder.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = encoder.encodeToString(("{\"iss\":\"flock\",\"sub\":\"" + subject + "\",\"exp\":"
                + Instant.now().plusSeconds(600).getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    /** An ES256 token signed with {@code keys}, with the claims a Flock token has but the credential version. */
    private static String signed(KeyPair keys, String issuer, String subject, Instant expiresAt)
            throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject(subject).claim("cv", 0)
                .issueTime(Date.from(expiresAt.minusSeconds(3600))).expirationTime(Date.from(expiresAt)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(TokenKeys.jwk((ECPublicKey) keys.getPublic()).getKeyID()).build(), claims);
        jwt.sign(new ECDSASigner((ECPrivateKey) keys.getPrivate()));
        return jwt.serialize();
    }

    /** The token signed with the public key as an HMAC secret: the classic algorithm-confusion forgery. */
    private static String hmacWithThePublicKey(String subject) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("flock").subject(subject).claim("cv", 0)
                .expirationTime(Date.from(Instant.now().plusSeconds(600))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(TestKeys.publicKey().getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    /** A token without an expiry, signed with the real key. */
    private static String withoutExpiry(String subject) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("flock").subject(subject).claim("cv", 0).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(TokenKeys.jwk((ECPublicKey) TestKeys.pair().getPublic()).getKeyID()).build(), claims);
        jwt.sign(new ECDSASigner((ECPrivateKey) TestKeys.pair().getPrivate()));
        return jwt.serialize();
    }
}
