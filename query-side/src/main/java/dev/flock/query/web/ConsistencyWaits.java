package dev.flock.query.web;

import dev.flock.query.paging.InvalidQueryException;
import dev.flock.query.projection.ProcessorPositions;
import dev.flock.web.ServiceBusyException;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Read-your-writes without holding a thread. A request to a {@link ConsistentRead} endpoint that sends a
 * {@code Consistency-Token} the views have not reached yet is suspended (Servlet asynchronous processing: its
 * Tomcat thread goes back to the pool) and parked here; one thread re-checks every parked request whenever a
 * processor of this instance commits ({@link #signal()}) and every {@code flock.consistency.recheck-ms} for
 * progress made by other instances, and dispatches each request again once its views are there. The request then
 * runs as usual, and the controller finds its views consistent.
 *
 * <p>Nothing a client sends can make this hold more than a bounded amount: a token beyond the event store's head
 * is a 400 at once (no command produced it); at most {@code flock.consistency.max-waiters} requests wait at a time
 * per instance, and the next one gets 503 with {@code Retry-After} at once; each waits at most
 * {@code flock.consistency.max-wait}, then gets 503 with {@code Retry-After}.
 */
@Component
@EnableConfigurationProperties(ConsistencyProperties.class)
class ConsistencyWaits implements HandlerInterceptor {

    public static final String HEADER = "Consistency-Token";

    private static final String OUTCOME = ConsistencyWaits.class.getName() + ".outcome";
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final ProcessorPositions positions;
    private final Duration maxWait;
    private final long recheckMillis;
    private final int maxWaiters;
    private final Queue<Waiter> waiters = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicBoolean sweepScheduled = new AtomicBoolean();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "consistency-waits");
        thread.setDaemon(true);
        return thread;
    });

    ConsistencyWaits(ProcessorPositions positions, ConsistencyProperties settings) {
        this.positions = positions;
        this.maxWait = settings.maxWait();
        this.recheckMillis = settings.recheckMs();
        this.maxWaiters = settings.maxWaiters();
        positions.onProgress(this::signal);
    }

    /** What became of a parked request. */
    private enum Outcome { REACHED, TIMED_OUT }

    /** A parked request: the position it waits for, in which views, until when. */
    private record Waiter(AsyncContext context, long position, String[] views, long deadline, AtomicBoolean done) {
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        ConsistentRead read = handler instanceof HandlerMethod method
                ? method.getMethodAnnotation(ConsistentRead.class) : null;
        if (read == null) {
            return true;
        }
        Object outcome = request.getAttribute(OUTCOME);
        if (outcome != null) {
            request.removeAttribute(OUTCOME);
            if (outcome == Outcome.TIMED_OUT) {
                throw new NotYetConsistentException(maxWait, RETRY_AFTER);
            }
            return true;
        }
        String token = request.getHeader(HEADER);
        if (token == null) {
            return true;
        }
        long position = parse(token);
        if (positions.viewsReached(position, read.value())) {
            return true;
        }
        if (!positions.storedUpTo(position)) {
            throw new InvalidQueryException(HEADER, "Consistency-Token is beyond every event stored so far; "
                    + "send back the value a command answered with.");
        }
        park(request, position, read.value());
        return false;
    }

    /** Processors of this instance committed: parked requests look again at once. */
    void signal() {
        if (!waiters.isEmpty()) {
            scheduleSweep(0);
        }
    }

    /** Requests parked now. */
    int waiting() {
        return waiting.get();
    }

    private void park(HttpServletRequest request, long position, String[] views) {
        if (waiting.incrementAndGet() > maxWaiters) {
            waiting.decrementAndGet();
            throw new ServiceBusyException("Too many reads are waiting for their Consistency-Token on this "
                    + "instance; try again shortly.", RETRY_AFTER);
        }
        AsyncContext context = request.startAsync();
        // A backstop only: the sweep answers at maxWait. Tomcat's own timeout would end the request with an error.
        context.setTimeout(maxWait.toMillis() + 5_000);
        Waiter waiter = new Waiter(context, position, views, System.nanoTime() + maxWait.toNanos(),
                new AtomicBoolean());
        context.addListener(new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
                forget(waiter);
            }

            @Override
            public void onTimeout(AsyncEvent event) {
                finish(waiter, Outcome.TIMED_OUT);
            }

            @Override
            public void onError(AsyncEvent event) {
                forget(waiter);
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
                // not restarted
            }
        });
        waiters.add(waiter);
        scheduleSweep(0);
    }

    private void scheduleSweep(long delayMillis) {
        if (sweepScheduled.compareAndSet(false, true)) {
            sweeper.schedule(this::sweep, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** Dispatches every parked request whose views are there or whose time is up; looks again soon while any wait. */
    private void sweep() {
        sweepScheduled.set(false);
        try {
            long now = System.nanoTime();
            Map<String, ProcessorPositions.Progress> progress = new HashMap<>();
            for (Waiter waiter : waiters) {
                if (reached(waiter, progress)) {
                    finish(waiter, Outcome.REACHED);
                } else if (now - waiter.deadline() >= 0) {
                    finish(waiter, Outcome.TIMED_OUT);
                }
            }
        } catch (RuntimeException e) {
            // The database may be briefly gone: parked requests wait for the next sweep or their deadline.
        } finally {
            if (!waiters.isEmpty()) {
                scheduleSweep(recheckMillis);
            }
        }
    }

    private boolean reached(Waiter waiter, Map<String, ProcessorPositions.Progress> progress) {
        for (String view : waiter.views()) {
            if (!progress.computeIfAbsent(view, positions::progress).covers(waiter.position())) {
                return false;
            }
        }
        return true;
    }

    private void finish(Waiter waiter, Outcome outcome) {
        if (waiter.done().compareAndSet(false, true)) {
            waiters.remove(waiter);
            waiting.decrementAndGet();
            waiter.context().getRequest().setAttribute(OUTCOME, outcome);
            waiter.context().dispatch();
        }
    }

    private void forget(Waiter waiter) {
        if (waiter.done().compareAndSet(false, true)) {
            waiters.remove(waiter);
            waiting.decrementAndGet();
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

    @PreDestroy
    void stop() {
        sweeper.shutdownNow();
    }
}
