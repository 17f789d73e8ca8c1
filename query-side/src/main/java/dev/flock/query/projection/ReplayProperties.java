package dev.flock.query.projection;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flock.replay.*}: rebuilding a view while clients read it.
 *
 * @param checkMs      how often each instance reads the live slots and brings its processors in line with them
 *                     while a replay runs or changes of them are not announced ({@link ChangeNotifications})
 * @param quietCheckMs how often otherwise: a safety net, since every change is announced
 * @param grace    how long the previous generation of a rebuilt view is kept for readers that still use it
 * @param cooldown the least time between the starts of two replays of one view
 */
@ConfigurationProperties("flock.replay")
public record ReplayProperties(@DefaultValue("200") long checkMs, @DefaultValue("10000") long quietCheckMs,
                               @DefaultValue("5s") Duration grace,
                               @DefaultValue("60s") Duration cooldown) {
}
