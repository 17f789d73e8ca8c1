package dev.flock.query.projection;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event store as the pooled processors' source, made prompt. A pooled processor's coordinator that has caught
 * up asks its stream for an "events available" callback; the event store's streams offer none, and the
 * coordinator then looks again only every 500 ms, which would add half a second to every command's way into the
 * views. Here each stream offers the callback and calls it every {@code interval}: the coordinator looks again
 * (an in-memory check of what the event store's poller, every {@code flock.events.fetch-delay-ms}, has already
 * fetched), so a new event reaches the views in tens of milliseconds. The callback never touches the stream
 * itself: the stream stays confined to the coordinator's thread.
 */
final class PromptEventSource implements StreamableMessageSource<TrackedEventMessage<?>>, AutoCloseable {

    private final StreamableMessageSource<TrackedEventMessage<?>> delegate;
    private final Duration interval;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "event-availability-ticker");
        thread.setDaemon(true);
        return thread;
    });

    PromptEventSource(StreamableMessageSource<TrackedEventMessage<?>> delegate, Duration interval) {
        this.delegate = delegate;
        this.interval = interval;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new PromptStream(delegate.openStream(trackingToken), () -> true);
    }

    /**
     * The same source for one processor, showing it events only while {@code active} says so. A view's standby
     * processor (neither live nor rebuilding) is started with all the others when the service starts; until the
     * replay coordinator stops it, it must not write its slot.
     */
    StreamableMessageSource<TrackedEventMessage<?>> gatedBy(BooleanSupplier active) {
        PromptEventSource source = this;
        return new StreamableMessageSource<>() {
            @Override
            public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
                return new PromptStream(delegate.openStream(trackingToken), active);
            }

            @Override
            public TrackingToken createTailToken() {
                return source.createTailToken();
            }

            @Override
            public TrackingToken createHeadToken() {
                return source.createHeadToken();
            }

            @Override
            public TrackingToken createTokenAt(Instant dateTime) {
                return source.createTokenAt(dateTime);
            }

            @Override
            public TrackingToken createTokenSince(Duration duration) {
                return source.createTokenSince(duration);
            }
        };
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return delegate.createTokenSince(duration);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }

    private final class PromptStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;
        private final BooleanSupplier active;
        private ScheduledFuture<?> callbacks;

        PromptStream(BlockingStream<TrackedEventMessage<?>> stream, BooleanSupplier active) {
            this.stream = stream;
            this.active = active;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return active.getAsBoolean() ? stream.peek() : Optional.empty();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            if (!active.getAsBoolean()) {
                unit.sleep(timeout);
                return false;
            }
            return stream.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public synchronized boolean setOnAvailableCallback(Runnable callback) {
            if (callbacks != null) {
                callbacks.cancel(false);
            }
            long millis = interval.toMillis();
            callbacks = ticker.scheduleWithFixedDelay(callback, millis, millis, TimeUnit.MILLISECONDS);
            return true;
        }

        @Override
        public synchronized void close() {
            if (callbacks != null) {
                callbacks.cancel(false);
            }
            stream.close();
        }
    }
}
