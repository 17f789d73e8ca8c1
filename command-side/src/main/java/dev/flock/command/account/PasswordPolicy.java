package dev.flock.command.account;

import dev.flock.web.BoundedPasswordEncoder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which new passwords Flock refuses (NIST SP 800-63B 5.1.1.2: length and a blocklist, no composition rules): the
 * most common passwords ({@code passwords/common-passwords.txt}, 11,611 of them, compared ignoring case), a single
 * character repeated (eight spaces, {@code aaaaaaaa}), and the account's own username. The password is judged in
 * the form it is hashed in (Unicode NFC). Lengths (8 to 128) are checked with the request's other fields.
 */
public final class PasswordPolicy {

    private static final Set<String> COMMON = load("/passwords/common-passwords.txt");

    private PasswordPolicy() {
    }

    /** Why the password is refused for this user, or empty if it is acceptable. */
    public static Optional<String> problemWith(String password, String username) {
        String normalized = BoundedPasswordEncoder.normalize(password);
        String folded = normalized.toLowerCase(Locale.ROOT);
        if (COMMON.contains(folded)) {
            return Optional.of("is one of the most common passwords");
        }
        if (normalized.codePoints().distinct().count() == 1) {
            return Optional.of("must not be one character repeated");
        }
        if (username != null && folded.equals(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("must not be the username");
        }
        return Optional.empty();
    }

    /** How many common passwords are on the list. */
    static int commonPasswords() {
        return COMMON.size();
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            Set<String> words = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
