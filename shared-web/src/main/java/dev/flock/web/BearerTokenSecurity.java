package dev.flock.web;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * How both services check Flock's bearer tokens: ES256 JWTs signed by the command side's private key, checked
 * with its public key only, with Flock's issuer and an expiry, verified by Spring Security's resource-server support; failures answer problem+json.
 * Each service imports this and adds its own rules of who may call what.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({JwtProperties.class, LoginProperties.class})
public class BearerTokenSecurity {

    @Bean
    ProblemResponses problemResponses(JsonMapper json) {
        return new ProblemResponses(json);
    }

    /**
     * No Micrometer observations around Spring Security's filters, authentications and authorizations: a wrapper
     * and a timer around each of a dozen filters in every request took about 15 % of a timeline read's CPU (JFR,
     * docs/benchmarks/2026-11-22-c.md). Each request is still timed whole ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Verifies the ES256 signature (no other algorithm: {@code alg: none}, HS256 with the public key as secret and
     * the rest are refused) against the keys this service signs with itself ({@link TokenKeys}, command side), the
     * configured public keys, or else the keys published at {@code flock.jwt.jwk-set-uri}; then the issuer, and an
     * expiry, which must be there. Remembers the tokens it accepted until they expire ({@link VerifiedTokens}).
     */
    @Bean
    JwtDecoder jwtDecoder(JwtProperties properties, ObjectProvider<TokenKeys> ownKeys) {
        List<JWK> keys = new ArrayList<>(TokenKeys.publicKeys(properties.publicKeys(), "FLOCK_JWT_PUBLIC_KEYS"));
        ownKeys.ifAvailable(own -> keys.addAll(own.own()));
        NimbusJwtDecoder decoder;
        if (!keys.isEmpty()) {
            decoder = NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(new JWKSet(keys)))
                    .jwsAlgorithm(SignatureAlgorithm.ES256).build();
        } else if (properties.jwkSetUri() != null) {
            decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString())
                    .jwsAlgorithm(SignatureAlgorithm.ES256).build();
        } else {
            throw new IllegalStateException("No key to verify bearer tokens with: set FLOCK_JWT_PUBLIC_KEYS "
                    + "(flock.jwt.public-keys) to the command side's public key in PEM, or FLOCK_JWT_JWK_SET_URI "
                    + "(flock.jwt.jwk-set-uri) to its /.well-known/jwks.json.");
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer()),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull)));
        return new VerifiedTokens(decoder, Clock.systemUTC(), 10_000);
    }

    /**
     * A stateless endpoint that takes HTTP Basic and nothing else: no session, no CSRF protection, 401 with a
     * {@code WWW-Authenticate: Basic} challenge for {@code realm} and a problem+json body saying {@code detail}.
     */
    public static HttpSecurity statelessBasic(HttpSecurity http, String realm, String detail,
                                              ProblemResponses problems) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
            problems.write(response, ProblemResponses.problem(HttpStatus.UNAUTHORIZED, "unauthorized", detail));
        };
        return http
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    }

    /**
     * A stateless API authenticated by bearer tokens: no session, no CSRF protection (no cookies to forge), 401
     * with a {@code WWW-Authenticate: Bearer} challenge and 403 as problem+json.
     */
    public static HttpSecurity statelessBearer(HttpSecurity http, JwtDecoder decoder, ProblemResponses problems)
            throws Exception {
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        AuthenticationEntryPoint unauthorized = (request, response, exception) -> {
            challenge.commence(request, response, exception);
            problems.write(response, ProblemResponses.problem(HttpStatus.UNAUTHORIZED, "unauthorized",
                    "This call needs a valid bearer token from POST /api/tokens."));
        };
        AccessDeniedHandler forbidden = (request, response, exception) ->
                problems.write(response, ProblemResponses.problem(HttpStatus.FORBIDDEN, "forbidden",
                        "The credentials do not allow this call."));
        return http
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.decoder(decoder))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    }
}
