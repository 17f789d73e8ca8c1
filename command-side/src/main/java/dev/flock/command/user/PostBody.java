package dev.flock.command.user;

/**
 * The rule for a post's text: 1 to 280 characters after trimming. A character is a Unicode code point, so an emoji
 * counts once, as a reader would count it.
 */
public final class PostBody {

    public static final int MAX_LENGTH = 280;

    private PostBody() {
    }

    /** The trimmed body, or an {@link InvalidPostException} when it breaks the rule. */
    public static String normalize(String body) {
        String trimmed = body == null ? "" : body.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length == 0) {
            throw new InvalidPostException("A post needs at least one character that is not white space.");
        }
        if (length > MAX_LENGTH) {
            throw new InvalidPostException("A post has at most " + MAX_LENGTH + " characters; this one has " + length + ".");
        }
        return trimmed;
    }
}
