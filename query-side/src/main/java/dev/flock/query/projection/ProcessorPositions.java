package dev.flock.query.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far each view's processors have come. A {@code Consistency-Token} is the global index of the event store
 * position a command left its user at; a view has reached it when every segment of its live processor has passed
 * that position. The read API waits for it (knowing no HTTP, this only tells it, by {@link #onProgress},
 * when a batch has committed); replay and metrics read positions.
 *
 * <p>Where a segment is processed by this instance, its position is read from the processor itself: a segment
 * that had nothing to handle in a range of events advances in memory at once but stores its token only when it
 * next extends its claim (seconds later). Segments owned by other instances are read from the token store. When
 * this instance owns every segment, a check makes no database query at all.
 */
@Component
public class ProcessorPositions {

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final EventProcessingConfiguration processors;
    private final ProjectionSlots slots;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong knownHead = new AtomicLong();

    public ProcessorPositions(JdbcClient jdbc, Serializer serializer, EventProcessingConfiguration processors,
                    ProjectionSlots slots) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.processors = processors;
        this.slots = slots;
    }

    /** A processor of this instance committed a batch: whoever waits for progress looks again. */
    public void signal() {
        listeners.forEach(Runnable::run);
    }

    /** Runs {@code listener} after every batch a processor of this instance commits. */
    public void onProgress(Runnable listener) {
        listeners.add(listener);
    }

    /** The live slots of the named views have processed everything up to {@code position}. */
    public boolean viewsReached(long position, String... views) {
        for (String view : views) {
            if (!reached(position, slots.liveProcessor(view))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the event store holds an event at {@code position} or beyond: a token past its head was made by
     * no command. The head is read from the database only when a position is beyond the head seen so far.
     */
    public boolean storedUpTo(long position) {
        return position <= knownHead.get() || position <= head();
    }

    /** The position of the last event in the event store; 0 while it is empty. */
    public long head() {
        long head = jdbc.sql("select coalesce(max(global_index), 0) from eventstore.domain_event_entry")
                .query(Long.class).single();
        return knownHead.accumulateAndGet(head, Math::max);
    }

    /** Where the live processor of a view stands now, in every segment. */
    public Progress progress(String view) {
        return new Progress(segmentTokens(slots.liveProcessor(view)));
    }

    /** The tokens of every segment of one processor at one moment. */
    public record Progress(List<TrackingToken> tokens) {

        public boolean covers(long position) {
            return !tokens.isEmpty() && tokens.stream().allMatch(token -> ProcessorPositions.covers(token, position));
        }
    }

    /** Whether every segment of the processor has seen the event at {@code position}. */
    public boolean reached(long position, String processorName) {
        List<TrackingToken> tokens = segmentTokens(processorName);
        return !tokens.isEmpty() && tokens.stream().allMatch(token -> covers(token, position));
    }

    /**
     * The position the processor has reached in every segment (the lowest of them); 0 before it has processed
     * anything.
     */
    public long position(String processorName) {
        return segmentTokens(processorName).stream().mapToLong(ProcessorPositions::indexOf).min().orElse(0);
    }

    /**
     * The token of every segment of the processor: this instance's segments from memory (a segment that had
     * nothing to handle advances there at once, but is stored only when it next extends its claim), the others
     * from the token store, which is not read at all when this instance owns every segment.
     */
    private List<TrackingToken> segmentTokens(String processorName) {
        Map<Integer, EventTrackerStatus> local = processors
                .eventProcessor(processorName, StreamingEventProcessor.class)
                .map(StreamingEventProcessor::processingStatus)
                .orElse(Map.of());
        List<TrackingToken> tokens = new ArrayList<>();
        local.values().forEach(status -> tokens.add(status.getTrackingToken()));
        if (ownsEverySegment(local)) {
            return tokens;
        }
        jdbc.sql("select segment, token, token_type from token_entry where processor_name = :name")
                .param("name", processorName)
                .query((rs, row) -> new StoredToken(rs.getInt(1), rs.getBytes(2), rs.getString(3)))
                .list().stream()
                .filter(stored -> !local.containsKey(stored.segment()))
                .forEach(stored -> tokens.add(deserialize(stored.token(), stored.type())));
        return tokens;
    }

    private record StoredToken(int segment, byte[] token, String type) {
    }

    /** Whether the segments this instance processes make up the whole range (their fractions add up to 1). */
    private static boolean ownsEverySegment(Map<Integer, EventTrackerStatus> local) {
        double owned = local.values().stream().mapToDouble(s -> 1.0 / (s.getSegment().getMask() + 1)).sum();
        return !local.isEmpty() && Math.abs(owned - 1.0) < 1e-9;
    }

    private TrackingToken deserialize(byte[] token, String type) {
        if (token == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
    }

    private static long indexOf(TrackingToken token) {
        TrackingToken lowerBound = WrappedToken.unwrapLowerBound(token);
        return lowerBound == null ? 0 : lowerBound.position().orElse(0);
    }

    private static boolean covers(TrackingToken token, long position) {
        if (position == 0) {
            return true;
        }
        TrackingToken lowerBound = WrappedToken.unwrapLowerBound(token);
        if (lowerBound instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return lowerBound != null && lowerBound.position().orElse(-1) >= position;
    }
}
