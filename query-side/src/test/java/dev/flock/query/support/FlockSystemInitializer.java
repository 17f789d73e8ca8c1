package dev.flock.query.support;

import dev.flock.command.FlockCommandApplication;
import dev.flock.testsupport.EmbeddedPostgresInitializer;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Makes a query-side test context the whole system: a new database in the JVM's real PostgreSQL, the command side
 * started on it first (on a random port, in this JVM, from its own jar and configuration), and the query side
 * pointed at the same database. The command side's port is {@code flock.test.command-port}; it stops when the
 * query side's context closes.
 */
public class FlockSystemInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String TEST_SECRET = "test-secret-that-is-at-least-32-bytes-long-0123456789";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String jdbcUrl = EmbeddedPostgresInitializer.newDatabase();
        ConfigurableApplicationContext commandSide = startCommandSide(jdbcUrl);
        int commandPort = ((WebServerApplicationContext) commandSide).getWebServer().getPort();
        List<String> properties = new ArrayList<>(List.of(EmbeddedPostgresInitializer.datasourceProperties(jdbcUrl)));
        properties.add("flock.test.command-port=" + commandPort);
        TestPropertyValues.of(properties).applyTo(context.getEnvironment());
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                commandSide.close();
            }
        });
    }

    /** The command side on the database with this URL, as its own main would start it. */
    public static ConfigurableApplicationContext startCommandSide(String jdbcUrl) {
        List<String> args = new ArrayList<>();
        for (String property : EmbeddedPostgresInitializer.datasourceProperties(jdbcUrl)) {
            args.add("--" + property);
        }
        args.add("--server.port=0");
        args.add("--flock.jwt.secret=" + TEST_SECRET);
        return FlockCommandApplication.application().run(args.toArray(String[]::new));
    }
}
