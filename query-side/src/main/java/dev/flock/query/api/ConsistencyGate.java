package dev.flock.query.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes. A {@code Consistency-Token} is the global index of the event store position a command left
 * its user at; a query that sends it back waits here until every segment of every processor it reads has passed
 * that position (read from the token store, so it holds for segments owned by other instances too).
 *
 * <p>Where a segment is processed by this instance, its position is read from the processor itself: a segment
 * that had nothing to handle in a range of events advances in memory at once but stores its token only when it
 * next extends its claim (seconds later). Segments owned by other instances are read from the token store. When
 * this instance owns every segment, a check makes no database query at all.
 *
 * <p>Waiting is cheap: a waiter re-checks as soon as a processor of this instance commits a batch
 * ({@link #signal()}), and at least every {@code flock.consistency.recheck-ms} for progress made elsewhere; no
 * fixed delay is added to a read that is already consistent.
 */
@Component
public class ConsistencyGate {

    public static final String HEADER = "Consistency-Token";

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final EventProcessingConfiguration processors;
    private final ProjectionSlots slots;
    private final Duration maxWait;
    private final long recheckMillis;
    private final Object progress = new Object();

    ConsistencyGate(JdbcClient jdbc, Serializer serializer, EventProcessingConfiguration processors,
                    ProjectionSlots slots,
                    @Value("${flock.consistency.max-wait:10s}") Duration maxWait,
                    @Value("${flock.consistency.recheck-ms:10}") long recheckMillis) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.processors = processors;
        this.slots = slots;
        this.maxWait = maxWait;
        this.recheckMillis = recheckMillis;
    }

    /**
     * Returns once the live slots of the named views have processed everything up to the token's position; at
     * once if there is no token. A 400 for a malformed token, a 503 if the views are still behind after the
     * maximum wait.
     */
    public void await(String token, String... views) {
        if (token == null) {
            return;
        }
        long position = parse(token);
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (!viewsReached(position, views)) {
            long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (remainingMillis <= 0) {
                throw new NotYetConsistentException(maxWait, Duration.ofSeconds(1));
            }
            synchronized (progress) {
                try {
                    progress.wait(Math.min(recheckMillis, remainingMillis));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new NotYetConsistentException(maxWait, Duration.ofSeconds(1));
                }
            }
        }
    }

    /** A processor of this instance committed a batch: waiters look again. */
    public void signal() {
        synchronized (progress) {
            progress.notifyAll();
        }
    }

    private static long parse(String token) {
        try {
            long position = Long.parseLong(token);
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // falls through to the 400
        }
        throw new InvalidQueryException(HEADER, "Consistency-Token must be a value a command answered with.");
    }

    private boolean viewsReached(long position, String... views) {
        for (String view : views) {
            if (!reached(position, slots.liveProcessor(view))) {
                return false;
            }
        }
        return true;
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
        return segmentTokens(processorName).stream().mapToLong(ConsistencyGate::indexOf).min().orElse(0);
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
