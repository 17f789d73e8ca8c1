package dev.flock.query.views.profiles;

import dev.flock.events.AccountDeleted;
import dev.flock.events.AccountProtected;
import dev.flock.events.AccountUnprotected;
import dev.flock.events.PasswordChanged;
import dev.flock.events.UserRegistered;
import dev.flock.query.paging.SqlTimes;
import dev.flock.query.projection.ProjectionSlots;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Folds registrations, password changes, protection and deletions into {@code profile} of one slot
 * ({@code profiles_a} or
 * {@code profiles_b}). Idempotent: a registration delivered twice inserts nothing new, a password change delivered
 * twice sets the same version.
 */
class ProfileProjector {

    private final JdbcClient jdbc;
    private final String schema;

    ProfileProjector(JdbcClient jdbc, String schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    @EventHandler
    void on(UserRegistered event, @Timestamp Instant registeredAt) {
        jdbc.sql(ProjectionSlots.in(schema, """
                        insert into {s}.profile (user_id, username, username_key, registered_at)
                        values (:id, :username, :key, :at)
                        on conflict do nothing"""))
                .param("id", UUID.fromString(event.userId()))
                .param("username", event.username())
                .param("key", event.username().toLowerCase(Locale.ROOT))
                .param("at", SqlTimes.utc(registeredAt))
                .update();
    }

    /** Only ever raises the version: a redelivered or reordered change cannot bring an old token back. */
    @EventHandler
    void on(PasswordChanged event) {
        jdbc.sql(ProjectionSlots.in(schema, """
                        update {s}.profile set credential_version = greatest(credential_version, :version)
                        where user_id = :id"""))
                .param("id", UUID.fromString(event.userId()))
                .param("version", event.credentialVersion())
                .update();
    }

    @EventHandler
    void on(AccountProtected event) {
        protect(event.userId(), true);
    }

    @EventHandler
    void on(AccountUnprotected event) {
        protect(event.userId(), false);
    }

    private void protect(String userId, boolean protect) {
        jdbc.sql(ProjectionSlots.in(schema, "update {s}.profile set protected = :protect where user_id = :id"))
                .param("id", UUID.fromString(userId))
                .param("protect", protect)
                .update();
    }

    /** The profile goes; the id stays known as deleted, so that the account's bearer tokens are refused. */
    @EventHandler
    void on(AccountDeleted event) {
        UUID id = UUID.fromString(event.userId());
        jdbc.sql(ProjectionSlots.in(schema, "delete from {s}.profile where user_id = :id")).param("id", id).update();
        jdbc.sql(ProjectionSlots.in(schema,
                        "insert into {s}.deleted_user (user_id) values (:id) on conflict do nothing"))
                .param("id", id)
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql(ProjectionSlots.in(schema, "truncate table {s}.profile, {s}.deleted_user")).update();
    }
}
