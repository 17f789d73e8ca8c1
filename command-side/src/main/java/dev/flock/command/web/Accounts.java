package dev.flock.command.web;

import dev.flock.command.account.PasswordPolicy;
import dev.flock.command.user.SelfFollowException;
import dev.flock.command.user.UnknownUserException;
import dev.flock.command.user.UserDirectory.Account;
import dev.flock.command.user.UserDirectory;
import dev.flock.web.RevokedTokenException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** Who is acting, as the web layer checks it: the path's user against the credentials the call carries. */
@Component
class Accounts {

    private final UserDirectory directory;

    Accounts(UserDirectory directory) {
        this.directory = directory;
    }

    /**
     * The id of the user the path names, if the bearer token is theirs (403 otherwise) and was issued since their
     * latest password change (401 otherwise). One query, on every call; a token of a deleted account is a 401.
     */
    String actingUser(String me, Jwt token) {
        Account account = directory.account(me)
                .filter(found -> found.userId().equals(token.getSubject()))
                .orElseThrow(() -> directory.usernameOf(token.getSubject()).isEmpty()
                        ? RevokedTokenException.accountDeleted() : new NotYourAccountException());
        Object version = token.getClaim(RevokedTokenException.CREDENTIAL_VERSION_CLAIM);
        if (!(version instanceof Number number) || number.longValue() != account.credentialVersion()) {
            throw new RevokedTokenException();
        }
        return account.userId();
    }

    /** The id of the user the path names, if HTTP Basic authenticated exactly them (403 otherwise). */
    String authenticatedUser(String me, String authenticatedUserId) {
        return directory.idOf(me)
                .filter(id -> id.equals(authenticatedUserId))
                .orElseThrow(NotYourAccountException::new);
    }

    /**
     * The id of the other user a call names: someone registered (404 otherwise), and not {@code me} (422).
     *
     * @param action what the call does to them, for the 422's detail ("block", "mute", ...)
     */
    String otherUser(String me, String other, String action) {
        if (other.equalsIgnoreCase(me)) {
            throw new SelfFollowException(action);
        }
        return directory.idOf(other).orElseThrow(() -> new UnknownUserException(other));
    }

    /** A 400 naming the password field if the policy refuses it for this user. */
    static void checkNewPassword(String password, String username) {
        PasswordPolicy.problemWith(password, username).ifPresent(problem -> {
            throw new InvalidPasswordException(problem);
        });
    }
}
