package dev.flock.query.views.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.events.AccountProtected;
import dev.flock.events.AccountUnprotected;
import dev.flock.events.PasswordChanged;
import dev.flock.events.UserRegistered;
import dev.flock.query.projection.ProjectionSlots;
import dev.flock.query.support.ViewSlice;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.transaction.support.TransactionTemplate;

/** The profile projector against PostgreSQL: one profile per registration, found by name in any case. */
@SpringJUnitConfig({ViewSlice.class, ProfilesViewConfiguration.class, Profiles.class})
class ProfileProjectorIT {

    @Autowired
    ProjectionSlots slots;
    @Autowired
    JdbcClient jdbcClient;
    /** The projector of the live slot, which the queries read. */
    ProfileProjector projector;
    @Autowired
    Profiles profiles;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void liveSlot() {
        projector = new ProfileProjector(jdbcClient, slots.liveSchema(Profiles.VIEW));
    }

    @Test
    void aRegistrationMakesOneProfileFoundIgnoringCase() {
        String id = UUID.randomUUID().toString();
        Instant at = Instant.parse("2026-03-04T05:06:07.089Z");
        UserRegistered registered = new UserRegistered(id, "MixedCase_" + id.substring(0, 4), "m@example.com");
        transactions.executeWithoutResult(tx -> projector.on(registered, at));
        transactions.executeWithoutResult(tx -> projector.on(registered, at));

        assertThat(profiles.find(registered.username().toUpperCase()))
                .contains(new Profiles.Profile(UUID.fromString(id), registered.username(), at, 0, false));
        assertThat(profiles.find("no such user")).isEmpty();
    }

    @Test
    void aPasswordChangeRaisesTheCredentialVersionAndNeverLowersIt() {
        String id = UUID.randomUUID().toString();
        Instant at = Instant.parse("2026-03-04T05:06:07.089Z");
        String name = "changer_" + id.substring(0, 4);
        transactions.executeWithoutResult(tx -> projector.on(new UserRegistered(id, name, "c@example.com"), at));
        transactions.executeWithoutResult(tx -> projector.on(new PasswordChanged(id, 2)));
        transactions.executeWithoutResult(tx -> projector.on(new PasswordChanged(id, 1)));
        transactions.executeWithoutResult(tx -> projector.on(new PasswordChanged(id, 2)));

        assertThat(profiles.find(name).orElseThrow().credentialVersion()).isEqualTo(2);
    }

    @Test
    void protectionIsSwitchedOnAndOffAndFoundByIdToo() {
        String id = UUID.randomUUID().toString();
        Instant at = Instant.parse("2026-03-04T05:06:07.089Z");
        transactions.executeWithoutResult(tx -> projector.on(new UserRegistered(id, "prot_" + id.substring(0, 4),
                "p@example.com"), at));
        transactions.executeWithoutResult(tx -> projector.on(new AccountProtected(id)));
        assertThat(profiles.byId(id)).get().extracting(Profiles.Profile::protectedAccount).isEqualTo(true);
        transactions.executeWithoutResult(tx -> projector.on(new AccountUnprotected(id)));
        assertThat(profiles.byId(id)).get().extracting(Profiles.Profile::protectedAccount).isEqualTo(false);
        assertThat(profiles.byId("not a uuid")).isEmpty();
    }
}
