package dev.flock.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.query.support.Flock;
import dev.flock.query.support.FlockSystemTest;
import dev.flock.testsupport.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What operators and client authors rely on besides the API itself: the OpenAPI documents and the metrics. */
@FlockSystemTest
class OperationsIT {

    private static final Pattern CONTRACT_CALL = Pattern.compile("`(GET|POST|PUT|DELETE) (/api/[^` ]+)`");

    @LocalServerPort
    int queryPort;
    @Value("${flock.test.command-port}")
    int commandPort;

    @Test
    void everyCallOfTheContractIsInOneOfTheOpenApiDocuments() throws IOException {
        Set<String> documented = new HashSet<>();
        for (int port : new int[] {commandPort, queryPort}) {
            Http.Answer docs = new Http(port).send("GET", "/v3/api-docs", null);
            assertThat(docs.status()).isEqualTo(200);
            docs.json().get("paths").properties().forEach(path -> path.getValue().properties()
                    .forEach(method -> documented.add(method.getKey().toUpperCase() + " " + shape(path.getKey()))));
        }
        Set<String> contract = new HashSet<>();
        Matcher call = CONTRACT_CALL.matcher(Files.readString(Path.of("..", "docs", "API.md")));
        while (call.find()) {
            contract.add(call.group(1) + " " + shape(call.group(2)));
        }
        assertThat(contract).hasSizeGreaterThan(10);
        assertThat(documented).containsAll(contract);
    }

    @Test
    void prometheusShowsCommandsAndEachViewsLag() {
        Flock flock = new Flock(commandPort, queryPort);
        flock.register("metered");
        flock.register("metered_too");
        flock.follow("metered", "metered_too");
        flock.get("/api/users/metered");

        String commands = new Http(commandPort).send("GET", "/actuator/prometheus", null).body();
        assertThat(commands).contains("http_server_requests_seconds_count{")
                .contains("uri=\"/api/users/{me}/following/{target}\"");
        String queries = new Http(queryPort).send("GET", "/actuator/prometheus", null).body();
        for (String view : new String[] {"profiles", "follows", "posts", "timeline"}) {
            assertThat(queries).contains("flock_projection_lag_events{view=\"" + view + "\"}")
                    .contains("flock_projection_replaying{view=\"" + view + "\"}")
                    .contains("flock_projection_replay_progress{view=\"" + view + "\"}");
        }
    }

    @Test
    void readinessIncludesTheDatabaseAndTheViewsProcessors() {
        Http.Answer readiness = new Http(queryPort).send("GET", "/actuator/health/readiness", null);
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().at("/components/db/status").asString()).isEqualTo("UP");
        assertThat(readiness.json().at("/components/projections/status").asString()).isEqualTo("UP");
        assertThat(readiness.json().at("/components/projections/details/timeline").asString()).endsWith("running");
    }

    /** A path with its variables unnamed: {@code /api/users/{me}/posts} and {@code /api/users/{u}/posts} agree. */
    private static String shape(String path) {
        return path.replaceAll("\\{[^}]+}", "{}");
    }
}
