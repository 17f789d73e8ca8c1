package dev.flock.query.admin;

import dev.flock.query.admin.ReplayCoordinator.Status;
import dev.flock.query.api.ProjectionSlots;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;

/**
 * Each view's lag and replay in Prometheus terms: {@code flock_projection_lag_events} (events between the head
 * of the event store and the view), {@code flock_projection_replaying} (0/1) and
 * {@code flock_projection_replay_progress} (0..1), tagged {@code view}. One status read serves a whole scrape.
 */
@Component
class ProjectionMetrics implements MeterBinder {

    private static final Duration FRESH = Duration.ofSeconds(1);

    private final ReplayCoordinator replays;
    private volatile List<Status> last = List.of();
    private volatile long readAt;

    ProjectionMetrics(ReplayCoordinator replays) {
        this.replays = replays;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String view : ProjectionSlots.VIEWS) {
            gauge(registry, "flock.projection.lag.events", "Events of the event store the view has not processed",
                    view, status -> status.headPosition() - status.position());
            gauge(registry, "flock.projection.replaying", "1 while the view is being rebuilt", view,
                    status -> status.replaying() ? 1 : 0);
            gauge(registry, "flock.projection.replay.progress", "How far a rebuild of the view has come, 0 to 1",
                    view, Status::progress);
        }
    }

    private void gauge(MeterRegistry registry, String name, String description, String view,
                       ToDoubleFunction<Status> value) {
        Gauge.builder(name, this, metrics -> metrics.statusOf(view).map(value::applyAsDouble).orElse(Double.NaN))
                .description(description)
                .tag("view", view)
                .register(registry);
    }

    private java.util.Optional<Status> statusOf(String view) {
        if (System.nanoTime() - readAt > FRESH.toNanos()) {
            last = replays.status();
            readAt = System.nanoTime();
        }
        return last.stream().filter(status -> status.name().equals(view)).findFirst();
    }
}
