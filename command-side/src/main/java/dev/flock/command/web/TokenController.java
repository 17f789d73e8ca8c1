package dev.flock.command.web;

import dev.flock.command.config.TokenIssuer.IssuedToken;
import dev.flock.command.config.TokenIssuer;
import dev.flock.web.ApiTime;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/tokens}: HTTP Basic in, a bearer token out. */
@RestController
class TokenController {

    private final TokenIssuer issuer;

    TokenController(TokenIssuer issuer) {
        this.issuer = issuer;
    }

    @PostMapping("/api/tokens")
    TokenResponse issue(Authentication authentication) {
        IssuedToken issued = issuer.issue(authentication);
        return new TokenResponse(issued.token(), ApiTime.format(issued.expiresAt()));
    }

    record TokenResponse(String token, String expiresAt) {
    }
}
