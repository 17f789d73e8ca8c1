package dev.flock.query.config;

import com.zaxxer.hikari.HikariDataSource;
import dev.flock.query.projection.ChangeNotifications;
import dev.flock.query.projection.EventSourceProperties;
import dev.flock.query.projection.NewEvents;
import dev.flock.query.projection.NotifiedEventStore;
import dev.flock.query.projection.ProjectionSlots;
import dev.flock.query.projection.QueryInstances;
import dev.flock.query.projection.SignallingEventStorageEngine;
import dev.flock.web.AxonTransactions;
import dev.flock.web.EventStoreSchema;
import dev.flock.web.events.EventVersioning;
import dev.flock.web.events.PersonalData;
import dev.flock.web.events.PersonalDataSerializer;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The query side reads the command side's event store ({@code eventstore.domain_event_entry}) with Axon's JDBC
 * storage engine and keeps its processors' tokens in {@code query.token_entry} with Axon's JDBC token store, all
 * declared here rather than left to Axon's {@code JdbcAutoConfiguration} (see {@link #connectionProvider} and
 * {@link #tokenStore} for why). JPA stays out of Axon here: Axon's JPA entities would otherwise ask Hibernate to
 * validate an event table that only the command side creates, and the query side must be able to start first.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@Import({AxonTransactions.class, EventStoreSchema.class, EventVersioning.class})
@EnableConfigurationProperties(TokenStoreProperties.class)
class AxonConfig {

    /**
     * JDBC connections for Axon, taken from the Spring transaction of the unit of work. Declared here like the
     * token store and the engine: Axon's {@code JdbcAutoConfiguration} waits for a {@code DataSource} bean and,
     * ordered against Spring Boot 3's class names, can be evaluated before Spring Boot 4 has defined one.
     */
    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("eventstore.domain_event_entry")
                .snapshotTable("eventstore.snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * Tokens in PostgreSQL, declared rather than left to auto-configuration: on Spring Boot 4 Axon 4.13 has been
     * seen to fall back to an in-memory token store when its JPA wiring is off (AxonFramework issue 4073), which
     * would replay every view from the start on each restart.
     */
    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema schema,
                          QueryInstances instances, TokenStoreProperties tokens) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(schema)
                .claimTimeout(tokens.getClaimTimeout())
                .nodeId(instances.nodeId())
                .build();
    }

    /** Told when the event store's reader has fetched new events; wakes the processors ({@link NewEvents}). */
    @Bean
    NewEvents newEvents() {
        return new NewEvents();
    }

    /**
     * Reads events in batches of {@code flock.events.fetch-batch-size}, signalling {@link NewEvents}; never appends
     * (the command side owns the store).
     */
    @Bean
    EventStorageEngine eventStorageEngine(NewEvents newEvents, Serializer serializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          EventSchema eventSchema,
                                          EventSourceProperties events) {
        return new SignallingEventStorageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .batchSize(events.fetchBatchSize()), newEvents);
    }

    /**
     * Events come from another process: this store fetches them when PostgreSQL says they were committed
     * ({@link ChangeNotifications}), and polls every {@code flock.events.fetch-delay-ms} in case it was not told.
     */
    @Bean
    NotifiedEventStore eventStore(EventStorageEngine storageEngine, EventSourceProperties events) {
        return new NotifiedEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .fetchDelay(events.fetchDelayMs()));
    }

    /**
     * One listening connection per instance ({@link ChangeNotifications}), opened with the pool's settings but not
     * taken from it: a connection broken under the driver's own API would go back to the pool as if it were sound.
     * New events wake the event store's reader; a change of the views' slots has them read again.
     */
    @Bean
    ChangeNotifications changeNotifications(DataSource dataSource, NotifiedEventStore eventStore,
                                            ProjectionSlots slots) throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        Properties properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("ApplicationName", ChangeNotifications.APPLICATION_NAME);
        return new ChangeNotifications(() -> DriverManager.getConnection(pool.getJdbcUrl(), properties), Map.of(
                ChangeNotifications.NEW_EVENTS, eventStore::fetchNow,
                ChangeNotifications.SLOT_CHANGES, slots::changed));
    }

    /**
     * Personal fields' keys (crypto-shredding); this service only reads keys: decrypts what it reads, re-encrypts
     * its dead letters.
     */
    @Bean
    PersonalData personalData(JdbcClient jdbc) {
        return new PersonalData(jdbc, false);
    }

    /** The event serializer (Axon's, qualified {@code eventSerializer}): Jackson, with personal fields encrypted. */
    @Bean
    @Qualifier("eventSerializer")
    Serializer flockEventSerializer(@Qualifier("serializer") Serializer serializer, PersonalData personalData) {
        return new PersonalDataSerializer(serializer, personalData, true);
    }
}
