package dev.flock.web;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Flock's usernames: 3 to 30 characters from {@code [A-Za-z0-9_]}, unique ignoring ASCII case. A name is checked
 * against that alphabet <em>before</em> it is case-folded: Java lower-cases the Kelvin sign {@code U+212A} to
 * {@code k} and the dotted capital {@code U+0130} to {@code i} plus a combining dot, so folding first would let
 * {@code "\u212Aate"} log in as {@code kate}. Both services look names up only through {@link #key}.
 */
public final class Usernames {

    /** The alphabet and length of a username, as registration checks it. */
    public static final String REGEX = "[A-Za-z0-9_]{3,30}";

    private static final Pattern VALID = Pattern.compile(REGEX);

    private Usernames() {
    }

    public static boolean isValid(String username) {
        return username != null && VALID.matcher(username).matches();
    }

    /** The lookup key of a valid username (its ASCII lower case); empty for anything that cannot be a username. */
    public static Optional<String> key(String username) {
        return isValid(username) ? Optional.of(username.toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
