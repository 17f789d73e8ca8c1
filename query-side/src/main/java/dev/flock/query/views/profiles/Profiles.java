package dev.flock.query.views.profiles;

import dev.flock.query.paging.SqlTimes;
import dev.flock.query.projection.LiveTables;
import dev.flock.query.projection.ProjectionSlots;
import dev.flock.web.Usernames;
import java.sql.ResultSet;
import java.sql.SQLException;
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
     * (a bearer token from before the latest one is refused); {@code protectedAccount}: only followers read their
     * posts and lists.
     */
    public record Profile(UUID userId, String username, Instant registeredAt, int credentialVersion,
                          boolean protectedAccount) {
    }

    /** The user the path names, or a 404. */
    public Profile require(String username) {
        return find(username).orElseThrow(() -> new UnknownUserException(username));
    }

    /** The user with this id (a bearer token's subject), if registered. */
    public Optional<Profile> byId(String userId) {
        return userId(userId).flatMap(id -> tables.sql(SELECT + "where user_id = :id")
                .param("id", id)
                .query(Profiles::profile)
                .optional());
    }

    /** Whether the account with this id (a bearer token's subject) was deleted. */
    public boolean deleted(String userId) {
        return userId(userId).map(id -> tables.sql("select exists (select 1 from {s}.deleted_user where user_id = :id)")
                .param("id", id)
                .query(Boolean.class).single()).orElse(false);
    }

    /** A token's subject as a user id, if it is one. */
    private static Optional<UUID> userId(String subject) {
        try {
            return Optional.of(UUID.fromString(subject));
        } catch (IllegalArgumentException notAUserId) {
            return Optional.empty();
        }
    }

    public Optional<Profile> find(String username) {
        Optional<String> key = Usernames.key(username);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return tables.sql(SELECT + "where username_key = :key")
                .param("key", key.get())
                .query(Profiles::profile)
                .optional();
    }

    private static final String SELECT =
            "select user_id, username, registered_at, credential_version, protected from {s}.profile ";

    private static Profile profile(ResultSet rs, int row) throws SQLException {
        return new Profile(rs.getObject(1, UUID.class), rs.getString(2), SqlTimes.instant(rs, 3), rs.getInt(4),
                rs.getBoolean(5));
    }
}
