package dev.flock.query.projection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flock.projections.*}: how each view's processors work.
 *
 * @param segments  segments per processor, shared among the query-side instances
 * @param batchSize events per transaction
 */
@ConfigurationProperties("flock.projections")
public record ProjectionProperties(@DefaultValue("4") int segments, @DefaultValue("100") int batchSize) {
}
