package dev.flock.query;

import dev.flock.web.FlockWeb;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The query side of Flock: folds the events of the PostgreSQL event store into views and answers queries from
 * them. Its configuration file is {@code query-side.properties} (see {@code FlockCommandApplication} for why not
 * {@code application.properties}).
 */
@SpringBootApplication
@Import(FlockWeb.class)
@EnableScheduling
public class FlockQueryApplication {

    /** The name of this service's configuration files. */
    public static final String CONFIG_NAME = "query-side";

    public static void main(String[] args) {
        application().run(args);
    }

    /** The service as {@link #main} runs it: reading {@code query-side.properties}. */
    public static SpringApplication application() {
        SpringApplication app = new SpringApplication(FlockQueryApplication.class);
        app.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
        return app;
    }
}
