package dev.flock.query.support;

import dev.flock.query.projection.ChangeNotifications;
import dev.flock.query.projection.ProjectionSlots;
import dev.flock.query.projection.ReplayProperties;
import dev.flock.query.projection.View;
import dev.flock.query.projection.ViewSchemas;
import dev.flock.testsupport.EmbeddedPostgresInitializer;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A view's slice, for tests of its projector and reads: a new database in the JVM's PostgreSQL, migrated as the
 * service migrates it (the {@code query} schema, then every slot of the views in the context), a
 * {@link JdbcClient}, transactions and {@link ProjectionSlots}. No services, no processors, no Axon: a test calls
 * the handlers itself. Use with the view's configuration and reads, e.g.
 * {@code @SpringJUnitConfig({ViewSlice.class, FollowsViewConfiguration.class, FollowQueries.class})}. Not a
 * {@code @Configuration}, so that a query side started in a test's JVM does not pick it up by scanning.
 */
public class ViewSlice {

    @Bean
    DataSource dataSource(List<View> views) {
        DataSource dataSource = new DriverManagerDataSource(EmbeddedPostgresInitializer.newDatabase(), "postgres",
                "postgres");
        Flyway.configure()
                .dataSource(dataSource)
                .schemas("query")
                .defaultSchema("query")
                .locations("classpath:db/migration/query")
                .load()
                .migrate();
        ViewSchemas.migrate(dataSource, views);
        return dataSource;
    }

    @Bean
    JdbcClient jdbcClient(DataSource dataSource) {
        return JdbcClient.create(dataSource);
    }

    @Bean
    TransactionTemplate transactions(DataSource dataSource) {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Bean
    ProjectionSlots projectionSlots(JdbcClient jdbc, List<View> views,
                                    ObjectProvider<ChangeNotifications> notifications) {
        return new ProjectionSlots(jdbc, views, new ReplayProperties(200, 10_000, Duration.ofSeconds(5), Duration.ZERO),
                notifications);
    }
}
