package dev.flock.events;

/**
 * {@code userId} changed their password; their credentials are now at {@code credentialVersion} (1 after the first
 * change). Bearer tokens issued with a lower version are refused from then on. The password itself is never in an
 * event, not even hashed.
 */
@Revision("1")
public record PasswordChanged(String userId, int credentialVersion) {
}
