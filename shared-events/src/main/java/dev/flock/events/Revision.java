package dev.flock.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The revision of an event's stored shape, stored with every event of the class. A change of shape gets the next
 * revision and an upcaster from the one before; the golden JSON of every revision stays in the tests.
 *
 * <p>Flock's own annotation rather than Axon's, so this module stays free of any framework; the services read it
 * through their serializers' revision resolver ({@code dev.flock.web.EventRevisions}). Events stored before
 * revisions existed have none and are revision 1.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

    String value();
}
