package dev.flock.web;

/**
 * A bearer token issued before its user's latest password change, or of an account deleted since: the signature is
 * good, the session is over.
 * Tokens carry the user's credential version in {@link #CREDENTIAL_VERSION_CLAIM}; the command side compares it
 * with the credentials table, the query side with the profiles view. Answered 401 by {@link ProblemAdvice}.
 */
public class RevokedTokenException extends RuntimeException {

    /** The claim with the user's credential version, counted up by each password change. */
    public static final String CREDENTIAL_VERSION_CLAIM = "cv";

    public RevokedTokenException() {
        super("This bearer token was issued before the password changed; log in again.");
    }

    /** A token of an account that was deleted since. */
    public static RevokedTokenException accountDeleted() {
        return new RevokedTokenException("This bearer token's account was deleted.");
    }

    private RevokedTokenException(String message) {
        super(message);
    }
}
