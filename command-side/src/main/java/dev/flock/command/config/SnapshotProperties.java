package dev.flock.command.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flock.snapshot.*}.
 *
 * @param threshold snapshot a user once loading it read more events than this
 */
@ConfigurationProperties("flock.snapshot")
record SnapshotProperties(@DefaultValue("100") int threshold) {
}
