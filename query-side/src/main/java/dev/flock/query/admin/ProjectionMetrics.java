package dev.flock.query.admin;

import dev.flock.query.projection.ProcessorPositions;
import dev.flock.query.projection.ProjectionSlots;
import dev.flock.query.projection.replay.ReplayCoordinator.Status;
import dev.flock.query.projection.replay.ReplayCoordinator;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each view's lag and replay in Prometheus terms, tagged {@code view}: {@code flock_projection_lag_events} (events
 * between the head of the event store and the view), {@code flock_projection_lag_seconds} (how long ago the oldest
 * event the live view has not processed was stored; 0 when it is up to date), {@code flock_projection_dead_letters}
 * (events parked in the dead-letter queue), {@code flock_projection_replaying} (0/1) and
 * {@code flock_projection_replay_progress} (0..1). One status read serves a whole scrape.
 */
@Component
class ProjectionMetrics implements MeterBinder {

    private static final Duration FRESH = Duration.ofSeconds(1);

    private final ReplayCoordinator replays;
    private final ProjectionSlots slots;
    private final ProcessorPositions positions;
    private final JdbcClient jdbc;
    private final DeadLetters deadLetters;
    private volatile List<Status> last = List.of();
    private volatile long readAt;

    ProjectionMetrics(ReplayCoordinator replays, ProjectionSlots slots, ProcessorPositions positions, JdbcClient jdbc,
                      DeadLetters deadLetters) {
        this.replays = replays;
        this.slots = slots;
        this.positions = positions;
        this.jdbc = jdbc;
        this.deadLetters = deadLetters;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String view : slots.views()) {
            gauge(registry, "flock.projection.lag.events", "Events of the event store the view has not processed",
                    view, status -> status.headPosition() - status.position());
            Gauge.builder("flock.projection.lag", this, metrics -> metrics.secondsBehind(view))
                    .description("Age of the oldest event the live view has not processed; 0 when up to date")
                    .baseUnit("seconds")
                    .tag("view", view)
                    .register(registry);
            Gauge.builder("flock.projection.dead.letters", this, metrics -> metrics.deadLetters.count(view))
                    .description("Events the live view could not handle, parked in the dead-letter queue")
                    .tag("view", view)
                    .register(registry);
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

    private Optional<Status> statusOf(String view) {
        if (System.nanoTime() - readAt > FRESH.toNanos()) {
            last = replays.status();
            readAt = System.nanoTime();
        }
        return last.stream().filter(status -> status.name().equals(view)).findFirst();
    }

    /** Seconds since the first event after the live processor's position was stored. */
    double secondsBehind(String view) {
        long position = positions.position(slots.liveProcessor(view));
        return jdbc.sql("""
                        select time_stamp from eventstore.domain_event_entry
                        where global_index > :position order by global_index limit 1""")
                .param("position", position)
                .query(String.class)
                .optional()
                .map(stored -> Math.max(0, Duration.between(Instant.parse(stored), Instant.now()).toMillis() / 1000.0))
                .orElse(0.0);
    }
}
