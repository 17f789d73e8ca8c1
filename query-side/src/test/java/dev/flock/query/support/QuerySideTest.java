package dev.flock.query.support;

import dev.flock.query.FlockQueryApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The query side alone as the test's context, on a random port, against a new database in the JVM's real
 * PostgreSQL; events come from the test ({@link EventFedFlock}), not from a command side.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = FlockQueryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + FlockQueryApplication.CONFIG_NAME)
@ActiveProfiles("test")
@ContextConfiguration(initializers = QuerySideInitializer.class)
public @interface QuerySideTest {
}
