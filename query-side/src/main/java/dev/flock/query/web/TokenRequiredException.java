package dev.flock.query.web;

/** A protected account's posts or lists, asked for without a bearer token. */
public class TokenRequiredException extends RuntimeException {

    public TokenRequiredException() {
        super("This account is protected: a bearer token of a follower is required.");
    }
}
