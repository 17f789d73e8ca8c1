package dev.flock.query.views.timeline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flock.timeline.*}.
 *
 * @param celebrityFollowers an author with more followers than this is a celebrity from then on: their posts are
 *                           merged into timelines when read instead of copied into each
 */
@ConfigurationProperties("flock.timeline")
record TimelineProperties(@DefaultValue("10000") int celebrityFollowers) {
}
