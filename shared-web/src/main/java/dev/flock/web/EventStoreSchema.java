package dev.flock.web;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event store's schema ({@code eventstore}), migrated by both services before their own schema, from one set
 * of migrations ({@code db/eventstore}) with its own history table. Either service may start first on an empty
 * database: the first creates the event store, the other finds it there.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventStoreProperties.class)
public class EventStoreSchema {

    public static final String SCHEMA = "eventstore";

    /** The event store first (unless {@link EventStoreProperties#migrate} is off), then the service's own schema. */
    @Bean
    FlywayMigrationStrategy migrateEventStoreFirst(DataSource dataSource, EventStoreProperties settings) {
        return serviceSchema -> {
            if (!settings.migrate()) {
                serviceSchema.migrate();
                return;
            }
            Flyway.configure()
                    .dataSource(dataSource)
                    .schemas(SCHEMA)
                    .defaultSchema(SCHEMA)
                    .locations("classpath:db/eventstore")
                    .load()
                    .migrate();
            serviceSchema.migrate();
        };
    }
}
