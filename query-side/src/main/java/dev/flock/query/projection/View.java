package dev.flock.query.projection;

import java.util.Optional;
import java.util.regex.Pattern;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One view of the query side, as its package declares it (one {@code View} bean per view package). Everything
 * else is derived from the list of them: the view's two slots, schemas {@code <name>_a} and {@code <name>_b}, each
 * created by the migrations in {@code db/views/<name>} ({@link ViewSchemas}) and kept by its own processor
 * {@code <name>-a} or {@code <name>-b} ({@link ViewProcessors}); its row in {@code query.projection_slot}
 * ({@link ProjectionSlots}); its replays, metrics, health and dead letters.
 *
 * @param name       lower-case letters: the view's name in processors, schemas, metrics and the operator API
 * @param projectors makes the projector that writes one slot's schema
 * @param sequencing the order its events must be handled in, where Axon's default (per aggregate) is not it
 */
public record View(String name, Projectors projectors, Optional<SequencingPolicy<EventMessage<?>>> sequencing) {

    private static final Pattern NAME = Pattern.compile("[a-z]{1,20}");

    public View {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A view's name is 1 to 20 lower-case letters, not " + name);
        }
    }

    /** A view whose events are handled in order per aggregate (Axon's default). */
    public static View of(String name, Projectors projectors) {
        return new View(name, projectors, Optional.empty());
    }

    /** The same view, its events handled in the order {@code policy} gives. */
    public View sequencedBy(SequencingPolicy<EventMessage<?>> policy) {
        return new View(name, projectors, Optional.of(policy));
    }

    /** Makes the event handler that keeps one slot of the view: its handlers write the tables of {@code schema}. */
    @FunctionalInterface
    public interface Projectors {

        Object create(JdbcClient jdbc, String schema);
    }
}
