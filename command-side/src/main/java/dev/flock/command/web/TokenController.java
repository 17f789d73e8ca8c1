package dev.flock.command.web;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import dev.flock.command.account.TokenIssuer.IssuedToken;
import dev.flock.command.account.TokenIssuer;
import dev.flock.web.ApiTime;
import dev.flock.web.JwtProperties;
import dev.flock.web.TokenKeys;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/tokens}: HTTP Basic in, a bearer token out; and the public keys that verify those tokens. */
@Tag(name = "Tokens")
@RestController
class TokenController {

    private final TokenIssuer issuer;
    private final Map<String, Object> publishedKeys;

    TokenController(TokenIssuer issuer, TokenKeys ownKeys, JwtProperties properties) {
        this.issuer = issuer;
        List<JWK> keys = new ArrayList<>(ownKeys.own());
        keys.addAll(TokenKeys.publicKeys(properties.publicKeys(), "FLOCK_JWT_PUBLIC_KEYS"));
        this.publishedKeys = new JWKSet(keys).toJSONObject(true);
    }

    /**
     * The public keys bearer tokens are signed with (RFC 7517 JWK set): the signing key's, and during a rotation
     * the previous one's. A verifier that fetches them needs no configuration of its own beyond this address.
     */
    @GetMapping(value = "/.well-known/jwks.json", produces = "application/jwk-set+json")
    @Operation(summary = "The public keys that verify bearer tokens (a JWK set)", security = {})
    @ApiResponse(responseCode = "200", description = "The JWK set", content = @Content(examples = @ExampleObject(
            """
            {"keys": [{"kty": "EC", "crv": "P-256", "kid": "3kq...", "x": "f83O...", "y": "x_FE..."}]}""")))
    @ApiResponse(responseCode = "406", ref = "NotAcceptable")
    Map<String, Object> keys() {
        return publishedKeys;
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
    @ApiResponse(responseCode = "503", ref = "ServiceUnavailable")
    TokenResponse issue(Authentication authentication) {
        IssuedToken issued = issuer.issue(authentication);
        return new TokenResponse(issued.token(), ApiTime.format(issued.expiresAt()));
    }

    record TokenResponse(String token, String expiresAt) {
    }
}
