package dev.flock.query.support;

import dev.flock.command.FlockCommandApplication;
import dev.flock.query.FlockQueryApplication;
import dev.flock.testsupport.EmbeddedPostgresInitializer;
import dev.flock.testsupport.TestKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
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
        int commandPort = ((WebServerApplicationContext) commandSide).getWebServer().getPort();
        List<String> properties = new ArrayList<>(List.of(EmbeddedPostgresInitializer.datasourceProperties(jdbcUrl)));
        properties.add("flock.test.command-port=" + commandPort);
        properties.add("flock.jwt.public-keys=" + TestKeys.publicKey());
        properties.add("flock.test.command-management-port=" + managementPort(commandSide));
        TestPropertyValues.of(properties).applyTo(context.getEnvironment());
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                commandSide.close();
            }
        });
    }

    /**
     * A query side of its own on the database, as its main would start it, with {@code module} added to its Axon
     * configuration (to count or hold up what its processors handle) and {@code extraArgs} after the defaults.
     */
    public static ConfigurableApplicationContext startQuerySide(String jdbcUrl, ConfigurerModule module,
                                                                String... extraArgs) {
        SpringApplication app = FlockQueryApplication.application();
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("testConfigurerModule", module));
        return app.run(arguments(jdbcUrl, List.of("--flock.jwt.public-keys=" + TestKeys.publicKey(),
                "--flock.admin.username=operator", "--flock.admin.password=test-operator-password"), extraArgs));
    }

    /** The port the API of a service started in this JVM answers on. */
    public static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** The port Actuator answers on in a service started in this JVM. */
    public static int managementPort(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.management.port"));
    }

    /**
     * The command side on the database with this URL, as its own main would start it, with {@code extraArgs}
     * (which may name another database user) after the defaults.
     */
    public static ConfigurableApplicationContext startCommandSide(String jdbcUrl, String... extraArgs) {
        return FlockCommandApplication.application().run(arguments(jdbcUrl,
                List.of("--flock.jwt.signing-key=" + TestKeys.signingKey()), extraArgs));
    }

    /** A service's command line: the database, random ports, the service's own settings, then the extra ones. */
    private static String[] arguments(String jdbcUrl, List<String> service, String... extraArgs) {
        List<String> args = new ArrayList<>();
        for (String property : EmbeddedPostgresInitializer.datasourceProperties(jdbcUrl)) {
            String name = property.substring(0, property.indexOf('='));
            if (Arrays.stream(extraArgs).noneMatch(extra -> extra.startsWith("--" + name + "="))) {
                args.add("--" + property);
            }
        }
        args.add("--server.port=0");
        args.add("--management.server.port=0");
        args.addAll(service);
        args.addAll(List.of(extraArgs));
        return args.toArray(String[]::new);
    }
}
