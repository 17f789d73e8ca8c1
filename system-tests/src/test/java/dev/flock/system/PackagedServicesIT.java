package dev.flock.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.system.support.Flock;
import dev.flock.system.support.ServiceProcess;
import dev.flock.testsupport.EmbeddedPostgresInitializer;
import org.junit.jupiter.api.Test;

/**
 * The two runnable jars as an operator runs them ({@code java -jar ... --spring.datasource.url=...}), each in its
 * own process with its own production classpath, on an empty database, the query side first: both come up
 * healthy, create their schemas, and a registration on the command side shows on the query side.
 */
class PackagedServicesIT {

    @Test
    void bothJarsRunOnAnEmptyDatabaseWhicheverStartsFirst() {
        String jdbcUrl = EmbeddedPostgresInitializer.newDatabase();
        try (ServiceProcess query = ServiceProcess.start("query-side", jdbcUrl,
                "packaged-query.log", ServiceProcess.TEST_ENVIRONMENT);
             ServiceProcess command = ServiceProcess.start("command-side",
                     jdbcUrl, "packaged-command.log", ServiceProcess.TEST_ENVIRONMENT)) {
            Flock flock = new Flock(command.port(), query.port());
            flock.register("packaged");
            assertThat(flock.get("/api/users/packaged").json().get("username").asString()).isEqualTo("packaged");
        }
    }
}
