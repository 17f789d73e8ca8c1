package dev.flock.command.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Axon's deadlines (the ends of timed mutes), {@code flock.deadlines.*}.
 *
 * @param pollInterval how often each instance looks for due deadlines; a mute ends at most this long after its end,
 *                     plus the command that ends it (the contract allows 5 s): 4 s by default, a look that costs
 *                     nothing measurable when idle (IdleCostIT)
 * @param threads      deadlines run at once per instance
 */
@ConfigurationProperties("flock.deadlines")
record DeadlineProperties(@DefaultValue("4s") Duration pollInterval, @DefaultValue("2") int threads) {
}
