package dev.flock.command;

import dev.flock.web.FlockWeb;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The command side of Flock: takes commands over HTTP and turns them into events in the PostgreSQL event store.
 *
 * <p>Its configuration file is {@code command-side.properties} (and {@code command-side-<profile>.properties}),
 * not {@code application.properties}: both services' jars are on one classpath in the end-to-end tests, and each
 * must find its own file.
 */
@SpringBootApplication
@Import(FlockWeb.class)
public class FlockCommandApplication {

    /** The name of this service's configuration files. */
    public static final String CONFIG_NAME = "command-side";

    public static void main(String[] args) {
        application().run(args);
    }

    /** The service as {@link #main} runs it: reading {@code command-side.properties}. */
    public static SpringApplication application() {
        SpringApplication app = new SpringApplication(FlockCommandApplication.class);
        app.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
        return app;
    }
}
