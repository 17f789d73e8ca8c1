package dev.flock.query.support;

import dev.flock.query.FlockQueryApplication;
import dev.flock.testsupport.EmbeddedPostgresInitializer;
import dev.flock.testsupport.TestKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Services started in a test's JVM, as their main would start them, on random ports. */
public final class TestServices {

    private TestServices() {
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
     * A service's command line: the database (unless {@code extraArgs} name another user), random ports, the
     * service's own settings, then the extra ones.
     */
    public static String[] arguments(String jdbcUrl, List<String> service, String... extraArgs) {
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
