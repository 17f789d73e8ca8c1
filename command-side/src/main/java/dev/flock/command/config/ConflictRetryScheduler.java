package dev.flock.command.config;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries a command that lost an optimistic-concurrency race: two command-side instances appended to the same
 * user's stream at once, and the event store's unique key on (aggregate, sequence number) refused the second.
 * Nothing of the loser was stored, so running it again against the winner's state is safe; the client never sees
 * the conflict. Only {@link ConcurrencyException}s are retried: a rule's refusal (a taken name, a self-follow) is
 * the answer, not a fault, and Axon's own interval schedulers would retry those too.
 *
 * <p>Waits grow from 5 ms with jitter (so the two racers do not collide again) over at most
 * {@code maxRetries} tries.
 */
class ConflictRetryScheduler implements RetryScheduler {

    private static final Logger log = LoggerFactory.getLogger(ConflictRetryScheduler.class);
    private static final Duration FIRST_WAIT = Duration.ofMillis(5);

    private final ScheduledExecutorService executor;
    private final int maxRetries;

    ConflictRetryScheduler(ScheduledExecutorService executor, int maxRetries) {
        this.executor = executor;
        this.maxRetries = maxRetries;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        int attempt = failures.size();
        if (!isConflict(lastFailure) || attempt > maxRetries || executor.isShutdown()) {
            return false;
        }
        long base = FIRST_WAIT.toMillis() << Math.min(attempt - 1, 10);
        long wait = base + ThreadLocalRandom.current().nextLong(base + 1);
        log.debug("Retrying {} in {} ms after a concurrent change of the same user (attempt {})",
                commandMessage.getPayloadType().getSimpleName(), wait, attempt);
        executor.schedule(commandDispatch, wait, TimeUnit.MILLISECONDS);
        return true;
    }

    private static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
