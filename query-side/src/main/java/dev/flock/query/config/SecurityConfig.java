package dev.flock.query.config;

import dev.flock.web.BearerTokenSecurity;
import dev.flock.web.BoundedPasswordEncoder;
import dev.flock.web.LoginProperties;
import dev.flock.web.LoginThrottleFilter;
import dev.flock.web.ProblemResponses;
import jakarta.servlet.DispatcherType;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Reads are public but for the home timeline, which needs its owner's bearer token, verified exactly as on the
 * command side ({@link BearerTokenSecurity}); a path no rule names is denied. The operator API takes HTTP Basic
 * with the operator's credentials from configuration, and nothing else, throttled like users' logins.
 */
@Configuration(proxyBeanMethods = false)
@Import(BearerTokenSecurity.class)
@EnableConfigurationProperties(AdminProperties.class)
public class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain operatorChain(HttpSecurity http, ProblemResponses problems, LoginProperties login)
            throws Exception {
        return BearerTokenSecurity.statelessBasic(http, "flock-operator",
                        "The operator API needs the operator's credentials (HTTP Basic).", problems)
                .securityMatcher("/api/admin/**")
                .addFilterBefore(new LoginThrottleFilter(login, problems), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("OPERATOR"))
                .build();
    }

    /** The id Spring Security's default password checker knows for PBKDF2 with its current parameters. */
    static final String PBKDF2 = "pbkdf2@SpringSecurity_v5_8";

    /**
     * How operator passwords are hashed and checked. A bean, so that Spring Security checks with it and never
     * "upgrades" the hash to its default bcrypt, which throws on passwords over 72 bytes (a 500 on every call).
     */
    @Bean
    PasswordEncoder operatorPasswords(LoginProperties login) {
        return new BoundedPasswordEncoder(new DelegatingPasswordEncoder(PBKDF2,
                Map.of(PBKDF2, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8())), login);
    }

    /**
     * The operator, with the password hashed once at start-up (never kept or logged in clear). PBKDF2 rather than
     * Spring's default bcrypt: bcrypt refuses passwords over 72 bytes, and a generated operator secret is often
     * longer (the query side would not start).
     */
    @Bean
    InMemoryUserDetailsManager operators(AdminProperties admin, PasswordEncoder operatorPasswords) {
        return new InMemoryUserDetailsManager(User.withUsername(admin.username())
                .password(operatorPasswords.encode(admin.password()))
                .roles("OPERATOR")
                .build());
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, JwtDecoder decoder, ProblemResponses problems) throws Exception {
        return BearerTokenSecurity.statelessBearer(http, decoder, problems)
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        // Rules name paths, never methods: a HEAD or a DELETE meets the same rule as a GET.
                        .requestMatchers("/api/users/*/timeline", "/api/users/*/blocks", "/api/users/*/mutes",
                                "/api/users/*/follow-requests").authenticated()
                        .requestMatchers("/api/users/**").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .anyRequest().denyAll())
                .build();
    }
}
