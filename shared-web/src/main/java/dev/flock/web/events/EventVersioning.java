package dev.flock.web.events;

import org.axonframework.serialization.RevisionResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Event revisions in both services: the serializers write each event's {@code @Revision}, and reading starts the
 * upcaster chain with {@link UnrevisedEvents}. Axon's Spring support adds every upcaster bean to the chain, in
 * {@link Order}; a later upcaster of a changed event goes here too, after this one.
 */
@Configuration(proxyBeanMethods = false)
public class EventVersioning {

    @Bean
    RevisionResolver revisionResolver() {
        return new EventRevisions();
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    UnrevisedEvents unrevisedEvents() {
        return new UnrevisedEvents();
    }
}
