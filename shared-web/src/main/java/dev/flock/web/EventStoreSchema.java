package dev.flock.web;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event store's schema ({@code eventstore}), migrated by both services before their own schema, from one set
 * of migrations ({@code db/eventstore}) with its own history table. Either service may start first on an empty
 * database: the first creates the event store, the other finds it there.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreSchema {

    public static final String SCHEMA = "eventstore";

    /**
     * {@code flock.eventstore.migrate=false} leaves the event store to the other service: for a database user that
     * may only read it (the query side's, in docker-compose.yml), which then must start after the command side.
     */
    @Bean
    FlywayMigrationStrategy migrateEventStoreFirst(DataSource dataSource,
                                                   @Value("${flock.eventstore.migrate:true}") boolean migrate) {
        return serviceSchema -> {
            if (!migrate) {
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
