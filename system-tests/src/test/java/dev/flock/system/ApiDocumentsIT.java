package dev.flock.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.system.support.FlockSystemTest;
import dev.flock.testsupport.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI documents in {@code docs/openapi/} are the services' own: each equals what its service serves at
 * {@code /v3/api-docs}. Those files are what the build lints (Redocly's rules, the root pom's {@code api-lint}
 * profile) and what the clients of {@code GeneratedClientsIT} are generated from, so a change of the API that is
 * not copied there fails here. To copy it: {@code ./mvnw -B verify -pl system-tests -Dit.test=ApiDocumentsIT
 * -Dflock.openapi.write=true} (the fresh documents are in {@code target/openapi/} either way).
 */
@FlockSystemTest
class ApiDocumentsIT {

    private static final Path COMMITTED = Path.of("..", "docs", "openapi");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @LocalServerPort
    int queryPort;
    @Value("${flock.test.command-port}")
    int commandPort;

    @ParameterizedTest
    @ValueSource(strings = {"command-side", "query-side"})
    void theCommittedDocumentIsTheOneTheServiceServes(String service) throws IOException {
        Http.Answer answer = new Http(service.equals("command-side") ? commandPort : queryPort)
                .send("GET", "/v3/api-docs", null);
        assertThat(answer.status()).isEqualTo(200);
        JsonNode served = JSON.readTree(answer.body());
        String file = service + ".json";
        Files.createDirectories(Path.of("target", "openapi"));
        Files.writeString(Path.of("target", "openapi", file), JSON.writeValueAsString(served) + "\n");
        if (Boolean.getBoolean("flock.openapi.write")) {
            Files.writeString(COMMITTED.resolve(file), JSON.writeValueAsString(served) + "\n");
        }
        JsonNode committed = JSON.readTree(Files.readString(COMMITTED.resolve(file)));
        assertThat(committed)
                .as("docs/openapi/%s differs from the document the service serves (system-tests/target/openapi/%s);"
                        + " copy it there, see this class's comment", file, file)
                .isEqualTo(served);
    }
}
