package dev.flock.query.views.profiles;

import dev.flock.query.paging.SqlTimes;
import dev.flock.query.projection.LiveTables;
import dev.flock.query.projection.ProjectionSlots;
import dev.flock.web.Usernames;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Who is registered: every query resolves the user its path names here, ignoring case. */
@Component
public class Profiles {

    /** The view this reads. */
    public static final String VIEW = "profiles";

    private final LiveTables tables;

    Profiles(ProjectionSlots slots) {
        this.tables = slots.liveTables(VIEW);
    }

    /**
     * A registered user as the profiles view knows them; {@code credentialVersion} counts their password changes
     * (a bearer token from before the latest one is refused).
     */
    public record Profile(UUID userId, String username, Instant registeredAt, int credentialVersion) {
    }

    /** The user the path names, or a 404. */
    public Profile require(String username) {
        return find(username).orElseThrow(() -> new UnknownUserException(username));
    }

    public Optional<Profile> find(String username) {
        Optional<String> key = Usernames.key(username);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return tables.sql("select user_id, username, registered_at, credential_version from {s}.profile "
                                + "where username_key = :key")
                .param("key", key.get())
                .query((rs, row) -> new Profile(rs.getObject(1, UUID.class), rs.getString(2),
                        SqlTimes.instant(rs, 3), rs.getInt(4)))
                .optional();
    }
}
