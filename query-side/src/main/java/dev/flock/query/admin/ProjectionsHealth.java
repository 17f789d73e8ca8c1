package dev.flock.query.admin;

import dev.flock.query.projection.ProjectionSlots;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of readiness ({@code /actuator/health/readiness}): the processor of every view's live slot runs and is not
 * in an error state. A query side whose views have stopped following the event store is not ready.
 */
@Component("projections")
class ProjectionsHealth implements HealthIndicator {

    private final EventProcessingConfiguration processing;
    private final ProjectionSlots slots;

    ProjectionsHealth(EventProcessingConfiguration processing, ProjectionSlots slots) {
        this.processing = processing;
        this.slots = slots;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up();
        for (String view : slots.views()) {
            String name = slots.liveProcessor(view);
            boolean running = processing.eventProcessor(name, StreamingEventProcessor.class)
                    .map(processor -> processor.isRunning() && !processor.isError())
                    .orElse(false);
            health.withDetail(view, name + (running ? " running" : " not running"));
            if (!running) {
                health.down();
            }
        }
        return health.build();
    }
}
