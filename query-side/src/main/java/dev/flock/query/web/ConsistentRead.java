package dev.flock.query.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a query endpoint that honours {@code Consistency-Token}: before the method runs, the named views must have
 * processed the token's position ({@link ConsistencyWaits}). The method itself never waits and never sees the
 * header.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentRead {

    /** The views the endpoint reads. */
    String[] value();
}
