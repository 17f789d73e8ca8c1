package dev.flock.query.web;

/** A protected account's posts or lists, asked for by someone who neither is it nor follows it. */
public class ProtectedAccountException extends RuntimeException {

    public ProtectedAccountException() {
        super("This account is protected: only its approved followers can see its posts and lists.");
    }
}
