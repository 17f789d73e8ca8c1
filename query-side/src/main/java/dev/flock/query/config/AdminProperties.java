package dev.flock.query.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code flock.admin.*}: the operator's credentials for {@code /api/admin/**} ({@code FLOCK_ADMIN_USERNAME},
 * {@code FLOCK_ADMIN_PASSWORD}). There is no default outside the local profile: without them the query side
 * refuses to start and says which setting is missing.
 */
@ConfigurationProperties("flock.admin")
record AdminProperties(String username, String password) {

    AdminProperties {
        if (username == null || username.isBlank()) {
            throw new IllegalStateException("FLOCK_ADMIN_USERNAME (flock.admin.username) is not set: the operator "
                    + "API needs credentials.");
        }
        if (password == null || password.length() < 12) {
            throw new IllegalStateException("FLOCK_ADMIN_PASSWORD (flock.admin.password) is not set or shorter "
                    + "than 12 characters: the operator API needs a real password.");
        }
    }

    @Override
    public String toString() {
        return "AdminProperties[username=" + username + ", password=<hidden>]";
    }
}
