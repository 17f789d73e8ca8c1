package dev.flock.command.web;

/** A bearer token issued before the user's latest password change: valid as a signature, refused as a session. */
class RevokedTokenException extends RuntimeException {

    RevokedTokenException() {
        super("This bearer token was issued before the password changed; log in again.");
    }
}
