package dev.flock.query.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flock.consistency.*}: reads that wait for their {@code Consistency-Token} ({@link ConsistencyWaits}).
 *
 * @param maxWait    how long a read waits before it is answered 503 with {@code Retry-After}
 * @param recheckMs  how often waiting reads look for progress made by other instances
 * @param maxWaiters how many reads may wait at a time on one instance; the next is answered 503 at once
 */
@ConfigurationProperties("flock.consistency")
record ConsistencyProperties(@DefaultValue("10s") Duration maxWait, @DefaultValue("10") long recheckMs,
                             @DefaultValue("1000") int maxWaiters) {
}
