package dev.flock.query.support;

import dev.flock.testsupport.EmbeddedPostgresInitializer;
import dev.flock.testsupport.TestKeys;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a query-side test context at a new database in the JVM's real PostgreSQL (its URL is
 * {@code spring.datasource.url}, for an {@link EventFedFlock}) and trusts this JVM's test key.
 */
public class QuerySideInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(properties(EmbeddedPostgresInitializer.newDatabase())).applyTo(context.getEnvironment());
    }

    /** What a query-side test context needs besides its test profile: the database, and the test key. */
    public static List<String> properties(String jdbcUrl) {
        List<String> properties = new ArrayList<>(List.of(EmbeddedPostgresInitializer.datasourceProperties(jdbcUrl)));
        properties.add("flock.jwt.public-keys=" + TestKeys.publicKey());
        return properties;
    }
}
