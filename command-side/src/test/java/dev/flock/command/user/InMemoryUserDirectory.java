package dev.flock.command.user;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link UserDirectory} in memory, for aggregate tests that run without a database. {@code JdbcUserDirectory} is
 * tested against PostgreSQL in {@code UserDirectoryIT}.
 */
class InMemoryUserDirectory implements UserDirectory {

    private final Map<String, String> idsByName = new HashMap<>();
    private final Map<String, String> namesById = new HashMap<>();
    private final Map<String, String> idsByEmail = new HashMap<>();
    private final Map<String, Integer> versions = new HashMap<>();
    private final Set<String> deleted = new HashSet<>();

    /** A user registered before the test, without going through the aggregate. */
    InMemoryUserDirectory with(String userId, String username) {
        reserve(userId, username, username + "@example.com", "{noop}secret");
        return this;
    }

    @Override
    public Reservation reserve(String userId, String username, String email, String passwordHash) {
        String name = username.toLowerCase(Locale.ROOT);
        String mail = email.toLowerCase(Locale.ROOT);
        if (idsByName.containsKey(name)) {
            return Reservation.USERNAME_TAKEN;
        }
        if (idsByEmail.containsKey(mail)) {
            return Reservation.EMAIL_TAKEN;
        }
        idsByName.put(name, userId);
        namesById.put(userId, username);
        idsByEmail.put(mail, userId);
        return Reservation.RESERVED;
    }

    @Override
    public Reservation check(String username, String email) {
        if (idsByName.containsKey(username.toLowerCase(Locale.ROOT))) {
            return Reservation.USERNAME_TAKEN;
        }
        return idsByEmail.containsKey(email.toLowerCase(Locale.ROOT)) ? Reservation.EMAIL_TAKEN
                : Reservation.RESERVED;
    }

    @Override
    public Optional<String> usernameOf(String userId) {
        return Optional.ofNullable(namesById.get(userId)).filter(name -> !deleted.contains(userId));
    }

    @Override
    public void delete(String userId) {
        deleted.add(userId);
    }

    @Override
    public Optional<Account> account(String username) {
        return idOf(username).map(id -> new Account(id, versions.getOrDefault(id, 0)));
    }

    @Override
    public int changePassword(String userId, String passwordHash) {
        if (!namesById.containsKey(userId)) {
            throw new UnknownUserException(userId);
        }
        return versions.merge(userId, 1, Integer::sum);
    }

    @Override
    public Optional<String> idOf(String username) {
        return Optional.ofNullable(idsByName.get(username.toLowerCase(Locale.ROOT)))
                .filter(id -> !deleted.contains(id));
    }
}
