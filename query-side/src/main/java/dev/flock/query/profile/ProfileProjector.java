package dev.flock.query.profile;

import dev.flock.events.UserRegistered;
import dev.flock.query.api.SqlTimes;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Folds registrations into {@code profile}. Idempotent: a registration delivered twice inserts nothing new. */
@Component
@ProcessingGroup(ProfileProjector.GROUP)
class ProfileProjector {

    static final String GROUP = "profiles";

    private final JdbcClient jdbc;

    ProfileProjector(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(UserRegistered event, @Timestamp Instant registeredAt) {
        jdbc.sql("""
                        insert into profile (user_id, username, username_key, registered_at)
                        values (:id, :username, :key, :at)
                        on conflict do nothing""")
                .param("id", UUID.fromString(event.userId()))
                .param("username", event.username())
                .param("key", event.username().toLowerCase(Locale.ROOT))
                .param("at", SqlTimes.utc(registeredAt))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("truncate table profile").update();
    }
}
