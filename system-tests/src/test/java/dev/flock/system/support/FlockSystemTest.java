package dev.flock.system.support;

import dev.flock.query.FlockQueryApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Both services against one real PostgreSQL database: the query side as the test's context on a random port, the
 * command side beside it ({@link FlockSystemInitializer}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = FlockQueryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + FlockQueryApplication.CONFIG_NAME)
@ActiveProfiles("test")
@ContextConfiguration(initializers = FlockSystemInitializer.class)
public @interface FlockSystemTest {
}
