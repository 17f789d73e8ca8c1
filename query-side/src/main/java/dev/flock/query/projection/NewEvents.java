package dev.flock.query.projection;

import java.util.Set;
import java.util.Spliterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Tells the views' processors that the event store's reader has fetched new events. A pooled processor's
 * coordinator that has caught up registers a callback ({@link PromptEventSource}) and sleeps until it is called;
 * {@link SignallingEventStorageEngine} calls every callback each time one of its event streams has delivered events
 * and reached the end of what is stored, that is after the reader has put them where the coordinators look.
 */
public final class NewEvents {

    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();

    void register(Runnable callback) {
        callbacks.add(callback);
    }

    void unregister(Runnable callback) {
        callbacks.remove(callback);
    }

    /** Wakes every registered coordinator; each looks at its stream and finds the new events, or nothing. */
    public void signal() {
        callbacks.forEach(Runnable::run);
    }

    /**
     * {@code events}, signalling each time it runs dry after delivering at least one event: the reader has handed
     * on everything stored so far.
     */
    <T> Stream<T> signalledAtEnd(Stream<T> events) {
        Spliterator<T> source = events.spliterator();
        Spliterator<T> signalling = new Spliterator<>() {
            private boolean delivered;

            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                if (source.tryAdvance(action)) {
                    delivered = true;
                    return true;
                }
                if (delivered) {
                    delivered = false;
                    signal();
                }
                return false;
            }

            @Override
            public Spliterator<T> trySplit() {
                return null;
            }

            @Override
            public long estimateSize() {
                return source.estimateSize();
            }

            @Override
            public int characteristics() {
                return source.characteristics();
            }
        };
        return StreamSupport.stream(signalling, false).onClose(events::close);
    }
}
