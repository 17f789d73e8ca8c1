package dev.flock.events;

/** {@code blockerId} lifted their block of {@code blockedId}. Emitted only when a block existed; restores nothing. */
@Revision("1")
public record UserUnblocked(String blockerId, String blockedId) {
}
