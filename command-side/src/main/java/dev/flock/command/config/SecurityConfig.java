package dev.flock.command.config;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import dev.flock.command.account.SigningKey;
import dev.flock.web.BearerTokenSecurity;
import dev.flock.web.BoundedPasswordEncoder;
import dev.flock.web.JwtProperties;
import dev.flock.web.LoginProperties;
import dev.flock.web.LoginThrottleFilter;
import dev.flock.web.ProblemResponses;
import dev.flock.web.TokenKeys;
import jakarta.servlet.DispatcherType;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Who may do what. Logging in ({@code POST /api/tokens}) and changing a password take HTTP Basic and nothing else,
 * throttled per username and client address; every other call but registration and the published token keys
 * needs a bearer token verified by Spring Security's resource-server support. Failures are problem+json. Sessions
 * are never created.
 */
@Configuration(proxyBeanMethods = false)
@Import(BearerTokenSecurity.class)
public class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain tokenChain(HttpSecurity http, ProblemResponses problems, LoginProperties login)
            throws Exception {
        return BearerTokenSecurity.statelessBasic(http, "flock",
                        "Log in with HTTP Basic: a registered username and its password.", problems)
                .securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.pathPattern("/api/tokens"),
                        PathPatternRequestMatcher.pathPattern("/api/users/*/password"),
                        PathPatternRequestMatcher.pathPattern(HttpMethod.DELETE, "/api/users/*")))
                .addFilterBefore(new LoginThrottleFilter(login, problems), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, ProblemResponses problems, JwtDecoder decoder) throws Exception {
        return BearerTokenSecurity.statelessBearer(http, decoder, problems)
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/users").permitAll()
                        .requestMatchers(HttpMethod.GET, "/.well-known/jwks.json").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .anyRequest().authenticated())
                .build();
    }

    /**
     * Argon2id for new hashes (bcrypt ignores everything past 72 bytes, and passwords may have 128 characters);
     * the {@code {id}} prefix keeps older hashes readable if the choice ever changes. Bounded and normalised to
     * NFC ({@link BoundedPasswordEncoder}): registration, login and password changes all hash through it.
     */
    @Bean
    PasswordEncoder passwordEncoder(LoginProperties login) {
        return new BoundedPasswordEncoder(new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder())), login);
    }

    @Bean
    SigningKey signingKey(JwtProperties properties) {
        return SigningKey.from(properties);
    }

    /** The command side verifies its own tokens with the public half of its signing key. */
    @Bean
    TokenKeys ownTokenKeys(SigningKey signingKey) {
        return new TokenKeys(List.of(signingKey.publicJwk()));
    }

    @Bean
    JwtEncoder jwtEncoder(SigningKey signingKey) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(signingKey.jwk())));
    }
}
