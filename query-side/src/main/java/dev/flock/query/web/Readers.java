package dev.flock.query.web;

import dev.flock.query.views.follows.FollowQueries;
import dev.flock.query.views.profiles.Profiles.Profile;
import dev.flock.query.views.profiles.Profiles;
import dev.flock.query.views.profiles.UnknownUserException;
import dev.flock.web.RevokedTokenException;
import java.util.Optional;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Who may read what, from the bearer token a read carries (if any): a user's own lists and timeline are for their
 * token only; a protected account's posts and lists for its followers and itself. A token older than its user's
 * latest password change is refused (401) wherever it is used.
 */
@Component
class Readers {

    private final Profiles profiles;
    private final FollowQueries follows;

    Readers(Profiles profiles, FollowQueries follows) {
        this.profiles = profiles;
        this.follows = follows;
    }

    /**
     * The user the path names, if the token is theirs (403 otherwise, 404 if nobody has the name) and not revoked
     * (401: a token from before a password change, or of a deleted account).
     */
    Profile owner(String username, Jwt token) {
        Optional<Profile> named = profiles.find(username);
        if (named.isPresent() && token != null && named.get().userId().toString().equals(token.getSubject())) {
            requireCurrent(token, named.get());
            return named.get();
        }
        if (token != null && profiles.deleted(token.getSubject())) {
            throw RevokedTokenException.accountDeleted();
        }
        throw named.isEmpty() ? new UnknownUserException(username) : new NotYourAccountException();
    }

    /**
     * The user the path names, if the reader may read their posts and lists: anyone when the account is not
     * protected; else the account itself or a follower (401 without a token, 403 {@code protected} with another's).
     */
    Profile readable(String username, Jwt token) {
        Profile author = profiles.require(username);
        if (!author.protectedAccount()) {
            return author;
        }
        if (token == null) {
            throw new TokenRequiredException();
        }
        Profile reader = reader(token).orElseThrow(ProtectedAccountException::new);
        if (!reader.userId().equals(author.userId())
                && !follows.relationship(reader.userId(), author.userId()).following()) {
            throw new ProtectedAccountException();
        }
        return author;
    }

    /** The user the token is for, if they are registered; a revoked token (or a deleted account's) is a 401. */
    Optional<Profile> reader(Jwt token) {
        Optional<Profile> reader = profiles.byId(token.getSubject());
        reader.ifPresent(profile -> requireCurrent(token, profile));
        if (reader.isEmpty() && profiles.deleted(token.getSubject())) {
            throw RevokedTokenException.accountDeleted();
        }
        return reader;
    }

    private static void requireCurrent(Jwt token, Profile profile) {
        Object version = token.getClaim(RevokedTokenException.CREDENTIAL_VERSION_CLAIM);
        if (!(version instanceof Number number) || number.longValue() < profile.credentialVersion()) {
            throw new RevokedTokenException();
        }
    }
}
