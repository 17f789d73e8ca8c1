package dev.flock.query.views.timeline;

import dev.flock.events.PostPublished;
import dev.flock.events.UserFollowed;
import dev.flock.events.UserRegistered;
import dev.flock.events.UserUnfollowed;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;

/**
 * The timeline's events in order per followed author. A post's fan-out reads the author's followers; a follow's
 * backfill reads the author's posts; so both, and the author's registration, must be handled in one segment, in
 * the order they happened. Sequencing by follower (Axon's default, per aggregate) would let a post and a new
 * follow of its author race in two segments and lose or double the post in the follower's timeline.
 */
class TimelineSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload instanceof PostPublished posted) {
            return posted.authorId();
        }
        if (payload instanceof UserFollowed followed) {
            return followed.followedId();
        }
        if (payload instanceof UserUnfollowed unfollowed) {
            return unfollowed.followedId();
        }
        if (payload instanceof UserRegistered registered) {
            return registered.userId();
        }
        return event.getIdentifier();
    }
}
