package dev.flock.query.views.follows;

import dev.flock.query.projection.TargetUserSequencing;
import dev.flock.query.projection.View;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The follows view: {@link FollowsProjector} writes it, {@link FollowQueries} reads it; its events are handled in
 * order per followed user.
 */
@Configuration(proxyBeanMethods = false)
class FollowsViewConfiguration {

    @Bean
    View followsView() {
        return View.of(FollowQueries.VIEW, FollowsProjector::new).sequencedBy(new TargetUserSequencing());
    }
}
