package dev.flock.command.config;

import dev.flock.web.AxonTransactions;
import dev.flock.web.EventStoreSchema;
import dev.flock.web.events.EventVersioning;
import dev.flock.web.events.PersonalData;
import dev.flock.web.events.PersonalDataSerializer;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.axonframework.common.caching.NoCache;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.serialization.Serializer;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Axon on the PostgreSQL event store: the JPA storage engine is auto-configured from the data source (no Axon
 * Server), the serializers are Jackson (application.properties), and users are snapshotted.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CommandProperties.class, SnapshotProperties.class})
@Import({AxonTransactions.class, EventStoreSchema.class, EventVersioning.class})
class AxonConfig {

    AxonConfig() {
        // Event timestamps are the times clients see (publishedAt, since). Axon's event store keeps them to the
        // millisecond, so events are stamped to the millisecond: a time read back from the store or a view equals
        // the one the command answered.
        GenericEventMessage.clock = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    /**
     * Axon's command gateway, with commands that lost an optimistic-concurrency race against another instance
     * retried ({@link ConflictRetryScheduler}). Axon's Spring Boot support adds its dispatch interceptors to
     * whichever gateway is the bean.
     */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ScheduledExecutorService commandRetries,
                                  CommandProperties settings) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new ConflictRetryScheduler(commandRetries, settings.conflictRetries()))
                .build();
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService commandRetries() {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Snapshots a user once loading it read more than {@code flock.snapshot.threshold} events, so a command on a
     * user with 10,000 events reads one snapshot and at most that many events.
     */
    @Bean
    SnapshotTriggerDefinition userSnapshotTrigger(Snapshotter snapshotter, SnapshotProperties settings) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, settings.threshold());
    }

    /** Holds the user cache's memory; closed with the service. */
    @Bean(destroyMethod = "close")
    CacheManager cacheManager() {
        return CacheManagerBuilder.newCacheManagerBuilder().build(true);
    }

    /**
     * Users kept in memory between their commands, at most {@code flock.commands.cached-users} (the least recently
     * used go first): a command on a cached user reads neither a snapshot nor events. It stays correct with several
     * command-side instances, because a cached user is only ever behind the store, never ahead of it: if another
     * instance changed the user since, this one appends at a sequence number taken already, the append fails, the
     * rollback drops the entry (Axon's {@code CachingEventSourcingRepository}), and the command runs again on the
     * user as stored ({@link ConflictRetryScheduler}). A command that appends nothing decides only on facts a
     * user never loses (a name, an idempotency key, a deletion), which an older copy can only lack, not invent.
     */
    @Bean
    Cache userCache(CacheManager cacheManager, CommandProperties settings) {
        if (settings.cachedUsers() == 0) {
            return NoCache.INSTANCE;
        }
        return new EhCache3Adapter((Ehcache<?, ?>) cacheManager.createCache("users",
                CacheConfigurationBuilder.newCacheConfigurationBuilder(Object.class, Object.class,
                        ResourcePoolsBuilder.heap(settings.cachedUsers()))));
    }

    /**
     * Personal fields' keys (crypto-shredding); this service makes the keys: it appends the events that name new
     * subjects.
     */
    @Bean
    PersonalData personalData(JdbcClient jdbc) {
        return new PersonalData(jdbc, true);
    }

    /**
     * The event serializer (Axon's, qualified {@code eventSerializer}): Jackson, with personal fields encrypted. Read
     * back, they stay encrypted: the aggregates never use them, and the export decrypts what it shows.
     * {@code flock.personal-data.encrypt=false} stores them in plain text, for measuring what encryption costs
     * (scripts/encryption-benchmark.sh) and nothing else: deleting a user or a post can no longer erase them.
     */
    @Bean
    @Qualifier("eventSerializer")
    Serializer flockEventSerializer(@Qualifier("serializer") Serializer serializer, PersonalData personalData,
                                    @Value("${flock.personal-data.encrypt:true}") boolean encrypt) {
        if (!encrypt) {
            LoggerFactory.getLogger(AxonConfig.class).warn("flock.personal-data.encrypt=false: emails and post "
                    + "bodies are stored in plain text, and deleting an account or a post cannot erase them");
            return serializer;
        }
        return new PersonalDataSerializer(serializer, personalData, false);
    }
}
