package dev.flock.query.views.relationships;

import dev.flock.query.projection.TargetUserSequencing;
import dev.flock.query.projection.View;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The relationships view (follow requests, blocks, mutes): {@link RelationshipsProjector} writes it,
 * {@link RelationshipQueries} reads it; its events are handled in order per target user.
 */
@Configuration(proxyBeanMethods = false)
class RelationshipsViewConfiguration {

    @Bean
    View relationshipsView() {
        return View.of(RelationshipQueries.VIEW, RelationshipsProjector::new).sequencedBy(new TargetUserSequencing());
    }
}
