package dev.flock.events;

/**
 * {@code userId} protected their account: from now on a follow of them is a request they approve, and only their
 * followers may read their posts and lists. Emitted only when the account was not protected.
 */
@Revision("1")
public record AccountProtected(String userId) {
}
