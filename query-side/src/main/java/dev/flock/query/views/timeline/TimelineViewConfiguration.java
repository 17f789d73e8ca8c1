package dev.flock.query.views.timeline;

import dev.flock.query.projection.TargetUserSequencing;
import dev.flock.query.projection.View;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The timeline view: {@link TimelineProjector} writes it, {@link TimelineQueries} reads it; its events are handled
 * in order per followed author ({@link TargetUserSequencing}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TimelineProperties.class)
class TimelineViewConfiguration {

    @Bean
    View timelineView(TimelineProperties settings) {
        return View.of(TimelineQueries.VIEW,
                        (jdbc, schema) -> new TimelineProjector(jdbc, schema, settings.celebrityFollowers()))
                .sequencedBy(new TargetUserSequencing());
    }
}
