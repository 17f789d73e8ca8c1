package dev.flock.query.api;

/**
 * A bearer token issued before its user's latest password change (its {@code cv} claim is older than the
 * profile's credential version): the signature is good, the session is over.
 */
public class RevokedTokenException extends RuntimeException {

    public RevokedTokenException() {
        super("This bearer token was issued before the password changed; log in again.");
    }
}
