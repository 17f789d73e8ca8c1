package dev.flock.query.projection;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event store as the pooled processors' source, made prompt. A pooled processor's coordinator that has caught
 * up asks its stream for an "events available" callback; the event store's streams offer none, and the
 * coordinator then looks again only every 500 ms, which would add up to half a second to every command's way into
 * the views (and cost a look twice a second per processor when nothing happens). Here each stream offers the
 * callback and {@link NewEvents} calls it when the event store's reader has fetched new events. The callback never
 * touches the stream itself: the stream stays confined to the coordinator's thread.
 */
final class PromptEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final StreamableMessageSource<TrackedEventMessage<?>> delegate;
    private final NewEvents newEvents;

    PromptEventSource(StreamableMessageSource<TrackedEventMessage<?>> delegate, NewEvents newEvents) {
        this.delegate = delegate;
        this.newEvents = newEvents;
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

    private final class PromptStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;
        private final BooleanSupplier active;
        private Runnable callback;

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
            if (this.callback != null) {
                newEvents.unregister(this.callback);
            }
            this.callback = callback;
            newEvents.register(callback);
            return true;
        }

        @Override
        public synchronized void close() {
            if (callback != null) {
                newEvents.unregister(callback);
            }
            stream.close();
        }
    }
}
