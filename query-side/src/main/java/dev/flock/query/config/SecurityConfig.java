package dev.flock.query.config;

import dev.flock.web.BearerTokenSecurity;
import dev.flock.web.ProblemResponses;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Reads are public but for the home timeline, which needs its owner's bearer token, verified exactly as on the
 * command side ({@link BearerTokenSecurity}).
 */
@Configuration(proxyBeanMethods = false)
@Import(BearerTokenSecurity.class)
public class SecurityConfig {

    @Bean
    SecurityFilterChain apiChain(HttpSecurity http, JwtDecoder decoder, ProblemResponses problems) throws Exception {
        return BearerTokenSecurity.statelessBearer(http, decoder, problems)
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/users/*/timeline").authenticated()
                        .anyRequest().permitAll())
                .build();
    }
}
