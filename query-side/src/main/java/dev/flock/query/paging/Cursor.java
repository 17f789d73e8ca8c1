package dev.flock.query.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * A keyset position in a list ordered newest first: the time and id of the last item of the previous page. The
 * next page holds the items strictly before it in {@code (time desc, id desc)} order, so writes between two page
 * requests can neither repeat nor skip an item that was there for both. Opaque to clients: base64url text. A
 * decoded time lies between 1970 and {@link #START}, so no cursor can reach PostgreSQL out of its range.
 */
public record Cursor(Instant time, UUID id) {

    /** Before every item: where the first page starts. */
    public static final Cursor START = new Cursor(Instant.parse("9999-12-31T23:59:59.999Z"),
            new UUID(-1L, -1L));

    public String encode() {
        String plain = time + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back; a 400 for anything this class did not make. */
    public static Cursor decode(String encoded) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int bar = plain.indexOf('|');
            if (bar < 0) {
                throw new IllegalArgumentException("no separator");
            }
            Instant time = Instant.parse(plain.substring(0, bar));
            if (time.isBefore(Instant.EPOCH) || time.isAfter(START.time())) {
                throw new IllegalArgumentException("outside the times a list can hold");
            }
            return new Cursor(time, UUID.fromString(plain.substring(bar + 1)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidQueryException("cursor", "The cursor is not one this service gave out.");
        }
    }
}
