package dev.flock.events;

/**
 * A user joined Flock. The time of registration is the event message's timestamp.
 *
 * @param userId   the aggregate identifier, stable for the user's lifetime
 * @param username the name as the user typed it; unique ignoring case
 * @param email    the address as the user typed it; unique ignoring case
 */
@Revision("1")
public record UserRegistered(String userId, String username, String email) {
}
