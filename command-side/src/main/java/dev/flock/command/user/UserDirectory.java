package dev.flock.command.user;

import java.util.Optional;

/**
 * The command side's set-based view of who is registered: usernames and emails (unique ignoring case) mapped to
 * user ids, and the credentials. Written in the same transaction as the {@code UserRegistered} event, so a name is
 * taken exactly when its user exists in the event store.
 */
public interface UserDirectory {

    /** What {@link #reserve} found. */
    enum Reservation { RESERVED, USERNAME_TAKEN, EMAIL_TAKEN }

    /**
     * Reserves the username and email (kept as a keyed hash only) for {@code userId} and stores the password hash,
     * atomically. A concurrent
     * reservation of the same name waits for this one's transaction and then finds the name taken.
     */
    Reservation reserve(String userId, String username, String email, String passwordHash);

    /**
     * Whether the username or the email is taken now, without reserving anything: lets a registration be refused
     * before its password is hashed. {@link #reserve} still decides races.
     */
    Reservation check(String username, String email);

    /** The name, as registered, of the user with this id; empty if nobody has it or the account was deleted. */
    Optional<String> usernameOf(String userId);

    /** The id of the user with this name, matched ignoring case, unless the account was deleted. */
    Optional<String> idOf(String username);

    /**
     * The user with this name (ignoring case), unless deleted: their id and how many times their password changed.
     */
    Optional<Account> account(String username);

    /**
     * Stores a new password hash for the user and counts the change; answers the new credential version. Runs in
     * the command's transaction, with the event that records the change.
     */
    int changePassword(String userId, String passwordHash);

    /**
     * Deletes the account: its credentials go, and it is known to nobody from now on, but its username and its
     * email's hash stay taken. Runs in the command's transaction, with the event that records the deletion.
     */
    void delete(String userId);

    /** A registered user as the commands' authorization sees them. */
    record Account(String userId, int credentialVersion) {
    }
}
