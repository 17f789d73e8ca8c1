package dev.flock.query.projection.replay;

import dev.flock.query.projection.ProcessorPositions;
import dev.flock.query.projection.ProjectionProperties;
import dev.flock.query.projection.ProjectionSlots.SlotState;
import dev.flock.query.projection.ProjectionSlots;
import dev.flock.query.projection.ReplayProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a view from the first event while clients keep reading it, on any number of instances, through a crash.
 *
 * <p>State lives in {@code query.projection_slot} ({@link ProjectionSlots}), one row per view: the live slot, and
 * the slot being built. A
 * replay ({@link #start}) marks the other slot as building. Every instance, every
 * {@code flock.replay.check-ms}, brings its processors in line with that row ({@link #reconcile}): the first to
 * get there resets the building slot's tokens to the start (its reset handler empties the slot's tables; it waits
 * while another instance still holds a segment), then every instance runs the live and the building processor,
 * sharing segments through the token store, and stops the others. Once the building processor has reached the
 * head of the event store, one instance switches the live slot in one update; readers move over on their next
 * request, and the previous generation is emptied after {@code flock.replay.grace}. A replay survives a crash: the
 * row and the tokens say where it was, and a restarted instance carries on.
 */
@Component
public class ReplayCoordinator {

    private static final Logger log = LoggerFactory.getLogger(ReplayCoordinator.class);

    private final ProjectionSlots slots;
    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;
    private final ProcessorPositions positions;
    private final Duration grace;
    private final Duration cooldown;
    private final int segments;
    private final TaskScheduler scheduler;
    private final Map<String, Progress> progress = new ConcurrentHashMap<>();
    /** The previous generations ({@code view/slot}) this instance will empty when their grace period is over. */
    private final Set<String> emptying = ConcurrentHashMap.newKeySet();
    /** The previous generations this instance has looked at for rows left behind ({@link #emptyIfStale}). */
    private final Set<String> checkedStale = ConcurrentHashMap.newKeySet();

    ReplayCoordinator(ProjectionSlots slots, EventProcessingConfiguration processing, TokenStore tokenStore,
                      TransactionManager transactions, ProcessorPositions positions, TaskScheduler scheduler,
                      ReplayProperties replay, ProjectionProperties projections) {
        this.slots = slots;
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
        this.positions = positions;
        this.scheduler = scheduler;
        this.grace = replay.grace();
        this.cooldown = replay.cooldown();
        this.segments = projections.segments();
        slots.onRefresh(this::reconcile);
    }

    /** What an operator sees of a view. */
    public record Status(String name, long position, long headPosition, boolean replaying, double progress,
                  double eventsPerSecond, Double secondsLeft) {
    }

    /** What became of a request to replay a view. */
    public sealed interface Start {
        /** The replay runs now. */
        record Started() implements Start {
        }

        /** There is no such view. */
        record UnknownView() implements Start {
        }

        /** A replay of the view is running already. */
        record Running() implements Start {
        }

        /** The view's last replay started less than the cooldown ago; the next may start after {@code retryAfter}. */
        record CoolingDown(Duration retryAfter) implements Start {
        }
    }

    /**
     * Starts rebuilding the view, unless a replay of it is running or started less than
     * {@code flock.replay.cooldown} ago (on any instance: the row says when). Logged with who asked.
     */
    public Start start(String view, String requestedBy) {
        if (!slots.views().contains(view)) {
            return new Start.UnknownView();
        }
        if (slots.markBuilding(view, cooldown)) {
            progress.remove(view);
            log.info("Replay of view {} requested by {}", view, requestedBy);
            reconcile(slots.refresh());
            return new Start.Started();
        }
        ProjectionSlots.Refusal refusal = slots.refusal(view, cooldown);
        Start refused = refusal.running() ? new Start.Running() : new Start.CoolingDown(refusal.retryAfter());
        log.info("Replay of view {} requested by {} refused: {}", view, requestedBy, refused);
        return refused;
    }

    /** Every view's position and replay, read now. */
    public List<Status> status() {
        long head = positions.head();
        List<Status> result = new ArrayList<>();
        for (SlotState state : slots.refresh()) {
            boolean replaying = state.building() != null;
            String processor = ProjectionSlots.processor(state.view(), replaying ? state.building() : state.live());
            long position = replaying && !state.resetDone() ? 0 : positions.position(processor);
            Progress rate = progress.get(state.view());
            double eventsPerSecond = replaying && rate != null ? rate.eventsPerSecond() : 0;
            Double secondsLeft = replaying && eventsPerSecond > 0 ? (head - position) / eventsPerSecond : null;
            result.add(new Status(state.view(), position, head, replaying, fraction(position, head),
                    eventsPerSecond, secondsLeft));
        }
        return result;
    }

    /**
     * Brings this instance's processors in line with the views' rows, and finishes replays that caught up: after
     * every scheduled read of the rows, and at once when this instance starts a replay.
     */
    private synchronized void reconcile(List<SlotState> states) {
        for (SlotState state : states) {
            try {
                reconcile(state);
            } catch (RuntimeException e) {
                log.warn("Could not bring the processors of view {} in line; trying again shortly", state.view(), e);
            }
        }
    }

    private void reconcile(SlotState state) {
        for (String slot : ProjectionSlots.SLOTS) {
            StreamingEventProcessor processor = processor(state.view(), slot);
            boolean building = slot.equals(state.building());
            if (building && !state.resetDone()) {
                resetToStart(state, processor);
            } else if (slot.equals(state.live()) || building) {
                checkedStale.remove(state.view() + "/" + slot);
                if (!processor.isRunning() && !processor.isError()) {
                    processor.start();
                }
            } else {
                if (processor.isRunning()) {
                    processor.shutDown();
                }
                emptyIfStale(state.view(), slot, processor.getName());
            }
        }
        if (state.building() != null && state.resetDone()) {
            finishIfCaughtUp(state);
        }
    }

    /** Empties the building slot and sets its processor to the first event; once, by whichever instance can. */
    private void resetToStart(SlotState state, StreamingEventProcessor processor) {
        processor.shutDown();
        String name = processor.getName();
        try {
            transactions.executeInTransaction(() -> {
                if (tokenStore.fetchSegments(name).length == 0) {
                    tokenStore.initializeTokenSegments(name, segments, null);
                }
            });
            // To the first event explicitly: resetTokens() would use the processor's initial token, which for a
            // slot-b processor is the head.
            processor.resetTokens(StreamableMessageSource::createTailToken);
        } catch (UnableToClaimTokenException e) {
            log.info("Replay of view {} waits: another instance still holds a segment of {}", state.view(), name);
            return;
        }
        slots.markResetDone(state.view(), state.building());
        processor.start();
        progress.put(state.view(), new Progress());
        log.info("Replay of view {} started: {} rebuilds slot {} from the first event", state.view(), name,
                ProjectionSlots.schema(state.view(), state.building()));
    }

    private void finishIfCaughtUp(SlotState state) {
        String building = ProjectionSlots.processor(state.view(), state.building());
        long head = positions.head();
        long position = positions.position(building);
        progress.computeIfAbsent(state.view(), v -> new Progress()).record(state.view(), position, head);
        if (!positions.reached(head, building)) {
            return;
        }
        if (slots.switchLive(state.view(), state.building())) {
            log.info("Replay of view {} finished at position {}: slot {} is live", state.view(), position,
                    ProjectionSlots.schema(state.view(), state.building()));
            emptyLater(state.view(), state.live());
        }
    }

    /**
     * Empties the previous generation once readers that still used it have finished: its processor's reset handler
     * truncates its tables (its tokens go back to the start, as the next replay of that slot wants them).
     */
    private void emptyLater(String view, String slot) {
        emptying.add(view + "/" + slot);
        scheduler.schedule(() -> {
            try {
                empty(view, slot);
            } finally {
                emptying.remove(view + "/" + slot);
            }
        }, Instant.now().plus(grace));
    }

    /**
     * A previous generation still holding rows (its processor's tokens not at the start) when no emptying is due on
     * this instance: one left behind by an instance that stopped within the grace period after a switch, or that
     * another instance could not empty while this one still ran it. Emptied too, so that no copy of erased data
     * outlives it (a deleted account's posts are deleted only in the live generation). Looked at once per slot
     * each time it stops being live or building here, not on every reconciliation: an idle service reads nothing.
     */
    private void emptyIfStale(String view, String slot, String processor) {
        String key = view + "/" + slot;
        if (!emptying.contains(key) && checkedStale.add(key) && positions.position(processor) > 0) {
            emptyLater(view, slot);
        }
    }

    private void empty(String view, String slot) {
        SlotState now = slots.refresh().stream().filter(s -> s.view().equals(view)).findFirst().orElseThrow();
        if (slot.equals(now.live()) || slot.equals(now.building())) {
            return;
        }
        StreamingEventProcessor previous = processor(view, slot);
        previous.shutDown();
        try {
            previous.resetTokens(StreamableMessageSource::createTailToken);
            log.info("Emptied the previous generation of view {} ({})", view, ProjectionSlots.schema(view, slot));
        } catch (UnableToClaimTokenException e) {
            log.info("Previous generation of view {} left as it is: another instance still runs {}", view,
                    previous.getName());
        }
    }

    private StreamingEventProcessor processor(String view, String slot) {
        String name = ProjectionSlots.processor(view, slot);
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No processor " + name));
    }

    private static double fraction(long position, long head) {
        return head == 0 ? 1.0 : Math.min(1.0, (double) position / head);
    }

    /** A replay's rate, and a log line every 5 % or so. */
    private static final class Progress {

        private long startedNanos;
        private long startPosition = -1;
        private int lastLoggedPercent = -5;
        private volatile double eventsPerSecond;

        /** Rate since this instance first saw the replay (a restarted instance starts counting anew). */
        synchronized void record(String view, long position, long head) {
            if (startPosition < 0) {
                startPosition = position;
                startedNanos = System.nanoTime();
            }
            double seconds = (System.nanoTime() - startedNanos) / 1e9;
            eventsPerSecond = seconds > 0.05 ? (position - startPosition) / seconds : 0;
            int percent = (int) (fraction(position, head) * 100);
            if (percent >= lastLoggedPercent + 5) {
                lastLoggedPercent = percent - percent % 5;
                log.info("Replay of view {}: {} % (position {} of {}), {} events/s, about {} s left", view, percent,
                        position, head, Math.round(eventsPerSecond),
                        eventsPerSecond > 0 ? Math.round((head - position) / eventsPerSecond) : "?");
            }
        }

        double eventsPerSecond() {
            return eventsPerSecond;
        }
    }
}
