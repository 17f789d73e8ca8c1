package dev.flock.command.user;

import java.text.Normalizer;

/**
 * The rule for a post's text: 1 to 280 characters after trimming. A character is a Unicode code point, so an emoji
 * counts once, as a reader would count it. The text is kept as sent, in Unicode's composed form (NFC: an "é" typed
 * as "e" and a combining accent is stored as one "é", as most keyboards send it), and may hold line breaks and
 * tabs but no other control character (NUL, escape sequences, bell) and no half of a surrogate pair: none of them
 * is text a reader can see, and NUL cannot be stored in a PostgreSQL text column at all.
 */
public final class PostBody {

    public static final int MAX_LENGTH = 280;

    private PostBody() {
    }

    /** The trimmed, composed body, or an {@link InvalidPostException} when it breaks the rule. */
    public static String normalize(String body) {
        String trimmed = Normalizer.normalize(body == null ? "" : body.strip(), Normalizer.Form.NFC);
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length == 0) {
            throw new InvalidPostException("A post needs at least one character that is not white space.");
        }
        if (length > MAX_LENGTH) {
            throw new InvalidPostException("A post has at most " + MAX_LENGTH + " characters; this one has " + length
                    + ".");
        }
        if (!trimmed.codePoints().allMatch(PostBody::allowed)) {
            throw new InvalidPostException("A post cannot hold control characters other than line breaks and tabs, "
                    + "nor half of a surrogate pair.");
        }
        return trimmed;
    }

    private static boolean allowed(int codePoint) {
        if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
            return true;
        }
        boolean loneSurrogate = codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
        return !Character.isISOControl(codePoint) && !loneSurrogate;
    }
}
