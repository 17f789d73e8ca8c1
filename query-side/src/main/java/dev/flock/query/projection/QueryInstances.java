package dev.flock.query.projection;

import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.springboot.TokenStoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * The query-side instances running on this database, so that each view's segments are shared among them. Every
 * instance says it is alive every third of the claim timeout ({@code query.query_instance}, {@link #pace}); one that
 * has not said so within the claim timeout is gone. Each processor may then hold at most its fair share of segments
 * ({@link #fairShare(int)}, through Axon's {@code MaxSegmentProvider}): with two instances, two of four each; when one
 * dies, its share grows back to four and its claims, once timed out, are taken over by the survivor.
 *
 * <p>Without a share, Axon's pooled processor lets the first instance claim every segment and the others idle;
 * with a fixed cap, a survivor never takes over what a dead instance held.
 */
@Component
public class QueryInstances implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(QueryInstances.class);

    private final JdbcClient jdbc;
    private final Duration timeout;
    private final Duration pace;
    private final String nodeId;
    private volatile int live = 1;
    private volatile long countedAt;

    QueryInstances(JdbcClient jdbc, TokenStoreProperties tokens) {
        this.jdbc = jdbc;
        this.timeout = tokens.getClaimTimeout();
        this.pace = timeout.dividedBy(3);
        this.nodeId = ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    /** This instance's name, as the owner of its token claims. */
    public String nodeId() {
        return nodeId;
    }

    /**
     * How often an instance says it is alive, extends its claims when idle, looks for free segments and counts the
     * live instances: a third of the claim timeout, so that a live instance's word never lapses.
     */
    public Duration pace() {
        return pace;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedRateTask(this::heartbeat, pace);
    }

    void heartbeat() {
        try {
            jdbc.sql("""
                            insert into query_instance (node_id, seen_at) values (:node, now())
                            on conflict (node_id) do update set seen_at = now()""")
                    .param("node", nodeId)
                    .update();
            jdbc.sql("delete from query_instance where seen_at < now() - make_interval(secs => :gone)")
                    .param("gone", timeout.toSeconds() * 10.0)
                    .update();
        } catch (RuntimeException e) {
            log.warn("Could not record that this instance is alive; trying again in {}", pace, e);
        }
    }

    /** A clean stop says goodbye at once, so the others take this instance's share without waiting for it. */
    @PreDestroy
    void leave() {
        try {
            jdbc.sql("delete from query_instance where node_id = :node").param("node", nodeId).update();
        } catch (RuntimeException e) {
            log.debug("Could not remove this instance's heartbeat; it expires on its own", e);
        }
    }

    /** How many of a processor's {@code segments} this instance may hold: its share, rounded up. */
    int fairShare(int segments) {
        int instances = liveInstances();
        return (segments + instances - 1) / instances;
    }

    private int liveInstances() {
        if (System.nanoTime() - countedAt > pace.toNanos()) {
            try {
                Integer others = jdbc.sql("""
                                select count(*) from query_instance
                                where node_id <> :node and seen_at > now() - make_interval(secs => :timeout)""")
                        .param("node", nodeId)
                        .param("timeout", (double) timeout.toSeconds())
                        .query(Integer.class).single();
                live = others + 1;
            } catch (RuntimeException e) {
                log.debug("Could not count the live instances; keeping {}", live, e);
            }
            countedAt = System.nanoTime();
        }
        return live;
    }
}
