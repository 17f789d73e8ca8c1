/**
 * The events of Flock's user stream, shared by the command side (which emits them) and the query side (which
 * folds them into views). Every class here is stored by name with each event: never rename or move one; change
 * its shape with a revision and an upcaster.
 */
package dev.flock.events;
