package dev.flock.system;

import static dev.flock.query.support.TestServices.port;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.query.support.TestServices;
import dev.flock.system.support.Flock;
import dev.flock.system.support.FlockSystemInitializer;
import dev.flock.testsupport.EmbeddedPostgresInitializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * docker-compose.yml's database roles, made by its init script (docker/postgres-init/sql/flock-roles.sql) and used
 * as it uses them: both services run on their own role, the query side's read-only on the event store; and neither
 * role can reach what is not its own.
 */
class LeastPrivilegeIT {

    private static final String COMMAND_PASSWORD = "command-role-password-for-this-test";
    private static final String QUERY_PASSWORD = "query-role-password-for-this-test";

    @Test
    void eachServiceRunsOnItsOwnRoleAndNeitherReachesWhatIsNotItsOwn() throws IOException {
        String ownerUrl = EmbeddedPostgresInitializer.newDatabase();
        // the test server's URLs name the superuser; a role's connection must name only the database
        String jdbcUrl = ownerUrl.replaceAll("[?&](user|password)=[^&]*", "");
        JdbcClient owner = JdbcClient.create(new DriverManagerDataSource(ownerUrl, "postgres", "postgres"));
        String script = Files.readString(Path.of("..", "docker", "postgres-init", "sql", "flock-roles.sql"))
                .replace(":'command_password'", "'" + COMMAND_PASSWORD + "'")
                .replace(":'query_password'", "'" + QUERY_PASSWORD + "'");
        owner.sql("drop role if exists flock_command").update();
        owner.sql("drop role if exists flock_query").update();
        owner.sql(script).update();

        try (ConfigurableApplicationContext commandSide = FlockSystemInitializer.startCommandSide(jdbcUrl,
                "--spring.datasource.username=flock_command", "--spring.datasource.password=" + COMMAND_PASSWORD);
             ConfigurableApplicationContext querySide = TestServices.startQuerySide(jdbcUrl,
                     configurer -> { }, "--spring.datasource.username=flock_query",
                     "--spring.datasource.password=" + QUERY_PASSWORD, "--flock.eventstore.migrate=false")) {
            Flock flock = new Flock(port(commandSide), port(querySide));
            flock.register("privileged");
            flock.register("privileged_too");
            flock.follow("privileged", "privileged_too");
            flock.post("privileged_too", "seen through least privilege");
            assertThat(flock.all("/api/users/privileged/timeline", 10, "Authorization", flock.bearerOf("privileged")))
                    .hasSize(1);

            JdbcClient query = JdbcClient.create(new DriverManagerDataSource(jdbcUrl, "flock_query", QUERY_PASSWORD));
            JdbcClient command = JdbcClient.create(
                    new DriverManagerDataSource(jdbcUrl, "flock_command", COMMAND_PASSWORD));
            assertThat(query.sql("select count(*) from eventstore.domain_event_entry").query(Long.class).single())
                    .isPositive();
            Map<String, Runnable> forbidden = Map.of(
                    "the query side appends an event", () -> query.sql("insert into eventstore.domain_event_entry "
                            + "(aggregate_identifier, sequence_number, type, event_identifier, payload_type, "
                            + "payload, time_stamp) select aggregate_identifier, sequence_number + 1000, type, "
                            + "event_identifier || 'x', payload_type, payload, time_stamp "
                            + "from eventstore.domain_event_entry limit 1").update(),
                    "the query side deletes an event", () -> query.sql(
                            "delete from eventstore.domain_event_entry").update(),
                    "the query side reads credentials", () -> query.sql(
                            "select count(*) from command.user_credentials").query(Long.class).single(),
                    "the command side reads the query side's tokens", () -> command.sql(
                            "select count(*) from query.token_entry").query(Long.class).single(),
                    "the command side empties a view", () -> command.sql(
                            "delete from timeline_a.timeline_entry").update());
            List<String> allowed = new ArrayList<>();
            forbidden.forEach((what, statement) -> {
                try {
                    statement.run();
                    allowed.add(what);
                } catch (DataAccessException e) {
                    String refusal = e.getMostSpecificCause().getMessage();
                    if (!refusal.contains("permission denied")) {
                        allowed.add(what + " (refused for another reason: " + refusal + ")");
                    }
                }
            });
            assertThat(allowed).as("what a role could do that is not its own").isEmpty();
            assertThat(query.sql("select current_user").query(String.class).single()).isEqualTo("flock_query");
            assertThat(owner.sql("select count(*) from pg_stat_activity where usename = 'flock_command' "
                    + "and datname = current_database()").query(Long.class).single())
                    .as("the command side's connections").isPositive();
            assertThat(owner.sql("select count(*) from pg_stat_activity where usename = 'flock_query' "
                    + "and datname = current_database()").query(Long.class).single())
                    .as("the query side's connections").isPositive();
        }
    }
}
