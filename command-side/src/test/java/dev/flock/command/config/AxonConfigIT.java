package dev.flock.command.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flock.command.FlockCommandApplication;
import dev.flock.command.support.FlockIntegrationTest;
import dev.flock.testsupport.EmbeddedPostgresInitializer;
import dev.flock.web.events.PersonalDataSerializer;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Axon runs on the PostgreSQL event store with Jackson everywhere, and refuses to start without a signing key. */
@FlockIntegrationTest
class AxonConfigIT {

    @Autowired
    Configuration axon;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventStorageEngine storageEngine;

    @Test
    void eventsAreStoredByTheJpaEngineInPostgresWithoutAxonServer() {
        assertThat(eventStore).isInstanceOf(EmbeddedEventStore.class);
        assertThat(storageEngine).isInstanceOf(JpaEventStorageEngine.class);
        assertThat(classExists("org.axonframework.axonserver.connector.AxonServerConfiguration")).isFalse();
    }

    @Test
    void unitsOfWorkRunInSpringTransactions() {
        assertThat(axon.getComponent(TransactionManager.class)).isInstanceOf(SpringTransactionManager.class);
    }

    @Test
    void everySerializerIsJackson() {
        assertThat(axon.serializer()).isInstanceOf(JacksonSerializer.class);
        // events: Jackson, with the personal fields encrypted around it
        assertThat(axon.eventSerializer()).isInstanceOfSatisfying(PersonalDataSerializer.class,
                events -> assertThat(events.delegate()).isInstanceOf(JacksonSerializer.class));
        assertThat(axon.messageSerializer()).isInstanceOf(JacksonSerializer.class);
    }

    @Test
    void withoutASigningKeyTheServiceRefusesToStartAndSaysWhichSettingIsMissing() {
        SpringApplication app = FlockCommandApplication.application();
        app.setWebApplicationType(WebApplicationType.NONE);
        app.addInitializers(new EmbeddedPostgresInitializer());
        assertThatThrownBy(() -> {
            try (ConfigurableApplicationContext ignored = app.run("--flock.jwt.ephemeral-key=false",
                    "--logging.level.org.springframework.boot.diagnostics=off")) {
                // not reached
            }
        }).hasStackTraceContaining("FLOCK_JWT_SIGNING_KEY (flock.jwt.signing-key) is not set");
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
