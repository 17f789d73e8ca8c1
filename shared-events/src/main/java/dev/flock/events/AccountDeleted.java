package dev.flock.events;

/**
 * {@code userId} deleted their account. The events before it in the same stream ended each of their follows,
 * requests, blocks and mutes; this one takes the account, its posts and what others held against it (their blocks,
 * mutes and pending requests of it) out of every view. Emitted once, with the keys of the user's personal data and
 * of every post of theirs destroyed in the same transaction.
 */
@Revision("1")
public record AccountDeleted(String userId) {
}
