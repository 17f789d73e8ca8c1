package dev.flock.command.web;

import dev.flock.command.config.TokenIssuer.IssuedToken;
import dev.flock.command.config.TokenIssuer;
import dev.flock.web.ApiTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/tokens}: HTTP Basic in, a bearer token out. */
@Tag(name = "Tokens")
@RestController
class TokenController {

    private final TokenIssuer issuer;

    TokenController(TokenIssuer issuer) {
        this.issuer = issuer;
    }

    @PostMapping("/api/tokens")
    @Operation(summary = "Log in: exchange a username and password for a bearer token",
            security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "200", description = "A bearer token and when it expires",
            useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(
                    """
                    {"token": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOi...", "expiresAt": "2026-11-22T10:15:02.417Z"}""")))
    @ApiResponse(responseCode = "401", ref = "Unauthorized")
    @ApiResponse(responseCode = "429", ref = "TooManyRequests")
    TokenResponse issue(Authentication authentication) {
        IssuedToken issued = issuer.issue(authentication);
        return new TokenResponse(issued.token(), ApiTime.format(issued.expiresAt()));
    }

    record TokenResponse(String token, String expiresAt) {
    }
}
