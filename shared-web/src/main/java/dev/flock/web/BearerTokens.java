package dev.flock.web;

import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * How both services check Flock's bearer tokens: HS256 JWTs signed with {@code FLOCK_JWT_SECRET}, with Flock's
 * issuer and an expiry, verified by Spring Security's resource-server support. Failures answer problem+json.
 */
public final class BearerTokens {

    private BearerTokens() {
    }

    /** Verifies signature (HS256 only: {@code alg: none} and others are refused), issuer and expiry. */
    public static JwtDecoder decoder(JwtProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder
                .withSecretKey(new SecretKeySpec(properties.secretBytes(), "HmacSHA256"))
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer())));
        return decoder;
    }

    /** 401 with a {@code WWW-Authenticate: Bearer} challenge and a problem+json body. */
    public static AuthenticationEntryPoint entryPoint(ProblemResponses problems) {
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        return (request, response, exception) -> {
            challenge.commence(request, response, exception);
            problems.write(response, ProblemResponses.problem(HttpStatus.UNAUTHORIZED, "unauthorized",
                    "This call needs a valid bearer token from POST /api/tokens."));
        };
    }

    /** 403 with a problem+json body. */
    public static AccessDeniedHandler accessDenied(ProblemResponses problems) {
        return (request, response, exception) ->
                problems.write(response, ProblemResponses.problem(HttpStatus.FORBIDDEN, "forbidden",
                        "The credentials do not allow this call."));
    }
}
