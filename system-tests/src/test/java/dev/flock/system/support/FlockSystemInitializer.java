package dev.flock.system.support;

import dev.flock.command.FlockCommandApplication;
import dev.flock.query.support.QuerySideInitializer;
import dev.flock.query.support.TestServices;
import dev.flock.testsupport.EmbeddedPostgresInitializer;
import dev.flock.testsupport.TestKeys;
import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Makes a query-side test context the whole system: a new database in the JVM's real PostgreSQL, the command side
 * started on it first (on a random port, in this JVM, from its own jar and configuration), and the query side
 * pointed at the same database. The command side's ports are {@code flock.test.command-port} and
 * {@code flock.test.command-management-port} (Actuator); it stops when the query side's context closes.
 */
public class FlockSystemInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String jdbcUrl = EmbeddedPostgresInitializer.newDatabase();
        ConfigurableApplicationContext commandSide = startCommandSide(jdbcUrl);
        int commandPort = TestServices.port(commandSide);
        List<String> properties = QuerySideInitializer.properties(jdbcUrl);
        properties.add("flock.test.command-port=" + commandPort);
        properties.add("flock.test.command-management-port=" + TestServices.managementPort(commandSide));
        TestPropertyValues.of(properties).applyTo(context.getEnvironment());
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                commandSide.close();
            }
        });
    }

    /**
     * The command side on the database with this URL, as its own main would start it, with {@code extraArgs}
     * (which may name another database user) after the defaults.
     */
    public static ConfigurableApplicationContext startCommandSide(String jdbcUrl, String... extraArgs) {
        return FlockCommandApplication.application().run(TestServices.arguments(jdbcUrl,
                List.of("--flock.jwt.signing-key=" + TestKeys.signingKey()), extraArgs));
    }
}
