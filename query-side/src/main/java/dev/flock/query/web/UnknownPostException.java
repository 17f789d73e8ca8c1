package dev.flock.query.web;

/** A path names a post that this user did not publish (or that is not in the posts view yet). */
public class UnknownPostException extends RuntimeException {

    public UnknownPostException(String username, String postId) {
        super("User '" + username + "' has no post '" + postId + "'.");
    }
}
