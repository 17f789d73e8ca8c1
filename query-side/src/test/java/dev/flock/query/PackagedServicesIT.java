package dev.flock.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.query.support.Flock;
import dev.flock.query.support.FlockSystemInitializer;
import dev.flock.query.support.ServiceProcess;
import dev.flock.testsupport.EmbeddedPostgresInitializer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The two runnable jars as an operator runs them ({@code java -jar ... --spring.datasource.url=...}), each in its
 * own process with its own production classpath, on an empty database, the query side first: both come up
 * healthy, create their schemas, and a registration on the command side shows on the query side.
 */
class PackagedServicesIT {

    static final Map<String, String> ENVIRONMENT = Map.of(
            "FLOCK_JWT_SECRET", FlockSystemInitializer.TEST_SECRET,
            "FLOCK_ADMIN_USERNAME", "operator",
            "FLOCK_ADMIN_PASSWORD", "test-operator-password");

    @Test
    void bothJarsRunOnAnEmptyDatabaseWhicheverStartsFirst() {
        String jdbcUrl = EmbeddedPostgresInitializer.newDatabase();
        try (ServiceProcess query = ServiceProcess.start(Path.of("target"), "query-side", jdbcUrl,
                "packaged-query.log", ENVIRONMENT);
             ServiceProcess command = ServiceProcess.start(Path.of("..", "command-side", "target"), "command-side",
                     jdbcUrl, "packaged-command.log", ENVIRONMENT)) {
            Flock flock = new Flock(command.port(), query.port());
            flock.register("packaged");
            assertThat(flock.get("/api/users/packaged").json().get("username").asString()).isEqualTo("packaged");
        }
    }
}
