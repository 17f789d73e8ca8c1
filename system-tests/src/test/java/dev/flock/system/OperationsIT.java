package dev.flock.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.flock.query.projection.ProjectionSlots;
import dev.flock.system.support.Flock;
import dev.flock.system.support.FlockSystemTest;
import dev.flock.testsupport.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** What operators and client authors rely on besides the API itself: the OpenAPI documents and the metrics. */
@FlockSystemTest
class OperationsIT {

    private static final Pattern CONTRACT_CALL = Pattern.compile("`(GET|POST|PUT|DELETE) (/api/[^` ]+)`");
    private static final Pattern STATUS = Pattern.compile("\\b[1-5]\\d\\d\\b");

    @LocalServerPort
    int queryPort;
    @Autowired
    DataSource dataSource;
    @Autowired
    ProjectionSlots slots;
    @Value("${flock.test.command-port}")
    int commandPort;
    @Value("${flock.test.command-management-port}")
    int commandManagementPort;
    @LocalManagementPort
    int queryManagementPort;

    @Test
    void everyCallOfTheContractIsDocumentedWithItsStatusesAndExamples() throws IOException {
        Map<String, JsonNode> documented = new HashMap<>();
        for (int port : new int[] {commandPort, queryPort}) {
            Http.Answer docs = new Http(port).send("GET", "/v3/api-docs", null);
            assertThat(docs.status()).isEqualTo(200);
            docs.json().get("paths").properties().forEach(path -> path.getValue().properties().forEach(method ->
                    documented.put(method.getKey().toUpperCase() + " " + shape(path.getKey()), method.getValue())));
        }
        Map<String, Set<String>> contract = contractCalls();
        assertThat(contract).hasSizeGreaterThan(10);
        assertThat(documented).containsKeys(contract.keySet().toArray(String[]::new));
        contract.forEach((call, statuses) -> {
            JsonNode responses = documented.get(call).get("responses");
            Set<String> codes = new HashSet<>(responses.propertyNames());
            assertThat(codes).as("statuses of %s", call).containsAll(statuses);
            responses.properties().forEach(response -> {
                JsonNode answer = response.getValue();
                if (answer.has("$ref")) {
                    return; // a shared problem answer, with its own example (below)
                }
                assertThat(answer.path("description").asString()).as("%s %s", call, response.getKey()).isNotBlank();
                answer.path("content").forEach(media -> {
                    assertThat(media.has("schema")).as("schema of %s %s", call, response.getKey()).isTrue();
                    assertThat(media.has("example") || media.has("examples"))
                            .as("example of %s %s", call, response.getKey()).isTrue();
                });
            });
        });
        JsonNode problems = new Http(commandPort).send("GET", "/v3/api-docs", null).json().at("/components/responses");
        assertThat(problems.propertyNames()).contains("BadRequest", "Unauthorized", "Forbidden", "NotFound", "Conflict");
        problems.forEach(problem -> assertThat(problem.at("/content/application~1problem+json/examples").isEmpty())
                .isFalse());
    }

    /** Each call of {@code docs/API.md} with the statuses its table row names (200 for a GET). */
    private static Map<String, Set<String>> contractCalls() throws IOException {
        Map<String, Set<String>> calls = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("..", "docs", "API.md"))) {
            Matcher call = CONTRACT_CALL.matcher(line);
            if (!line.startsWith("|") || !call.find()) {
                continue;
            }
            Set<String> statuses = new HashSet<>();
            if (call.group(1).equals("GET")) {
                statuses.add("200");
            }
            Matcher number = STATUS.matcher(line.substring(call.end()));
            while (number.find()) {
                if (HttpStatus.resolve(Integer.parseInt(number.group())) != null) {
                    statuses.add(number.group());
                }
            }
            calls.put(call.group(1) + " " + shape(call.group(2)), statuses);
        }
        return calls;
    }

    @Test
    void prometheusShowsCommandsAndEachViewsLag() {
        Flock flock = new Flock(commandPort, queryPort);
        flock.register("metered");
        flock.register("metered_too");
        flock.follow("metered", "metered_too");
        flock.get("/api/users/metered");

        // A post of 281 characters is refused by the aggregate: a command that rolls back.
        assertThat(new Http(commandPort).send("POST", "/api/users/metered/posts", "{\"body\":\"" + "x".repeat(281)
                + "\"}", "Authorization", flock.bearerOf("metered")).status()).isEqualTo(400);

        String commands = new Http(commandManagementPort).send("GET", "/actuator/prometheus", null).body();
        assertThat(commands).contains("http_server_requests_seconds_count{")
                .contains("uri=\"/api/users/{me}/following/{target}\"");
        assertThat(counter(commands, "flock_commands_seconds_count{command=\"RegisterUserCommand\",outcome=\"ok\"}"))
                .isGreaterThanOrEqualTo(2);
        assertThat(counter(commands, "flock_commands_seconds_count{command=\"FollowUserCommand\",outcome=\"ok\"}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(counter(commands,
                "flock_commands_seconds_count{command=\"PublishPostCommand\",outcome=\"InvalidPostException\"}"))
                .isGreaterThanOrEqualTo(1);
        String queries = new Http(queryManagementPort).send("GET", "/actuator/prometheus", null).body();
        for (String view : new String[] {"profiles", "follows", "posts", "timeline"}) {
            assertThat(queries).contains("flock_projection_lag_events{view=\"" + view + "\"}")
                    .contains("flock_projection_lag_seconds{view=\"" + view + "\"}")
                    .contains("flock_projection_replaying{view=\"" + view + "\"}")
                    .contains("flock_projection_replay_progress{view=\"" + view + "\"}");
        }
    }

    @Test
    void readinessIncludesTheDatabaseAndTheViewsProcessors() {
        Http.Answer readiness = new Http(queryManagementPort).send("GET", "/actuator/health/readiness", null);
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().at("/components/db/status").asString()).isEqualTo("UP");
        assertThat(readiness.json().at("/components/projections/status").asString()).isEqualTo("UP");
        assertThat(readiness.json().at("/components/projections/details/timeline").asString()).endsWith("running");
    }

    @Test
    void secondsBehindGrowWhileAViewIsHeldUpAndReturnToZero() throws Exception {
        Flock flock = new Flock(commandPort, queryPort);
        flock.register("lagging");
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (Statement lock = blocker.createStatement()) {
                // The posts view cannot write a post until this transaction ends; every other view can.
                lock.execute("lock table " + slots.liveSchema("posts") + ".post in exclusive mode");
            }
            flock.post("lagging", "held up");
            await().atMost(Duration.ofSeconds(10)).until(() -> secondsBehind("posts") >= 1.0);
            assertThat(secondsBehind("profiles")).isLessThan(1.0);
            blocker.rollback();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> secondsBehind("posts") == 0.0);
    }

    private double secondsBehind(String view) {
        String body = new Http(queryManagementPort).send("GET", "/actuator/prometheus", null).body();
        return counter(body, "flock_projection_lag_seconds{view=\"" + view + "\"}");
    }

    /** The value of one sample in a Prometheus text exposition. */
    private static double counter(String exposition, String sample) {
        return exposition.lines()
                .filter(line -> line.startsWith(sample + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(sample.length() + 1).trim()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no sample " + sample + " in\n" + exposition));
    }

    /** A path with its variables unnamed: {@code /api/users/{me}/posts} and {@code /api/users/{u}/posts} agree. */
    private static String shape(String path) {
        return path.replaceAll("\\{[^}]+}", "{}");
    }
}
