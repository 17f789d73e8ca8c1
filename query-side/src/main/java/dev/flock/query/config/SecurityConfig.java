package dev.flock.query.config;

import dev.flock.web.BearerTokens;
import dev.flock.web.JwtProperties;
import dev.flock.web.ProblemResponses;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads are public but for the home timeline, which needs its owner's bearer token, verified exactly as on the
 * command side (same key, same checks: {@link BearerTokens}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JwtProperties.class)
public class SecurityConfig {

    @Bean
    ProblemResponses problemResponses(JsonMapper json) {
        return new ProblemResponses(json);
    }

    @Bean
    JwtDecoder jwtDecoder(JwtProperties properties) {
        return BearerTokens.decoder(properties);
    }

    @Bean
    SecurityFilterChain apiChain(HttpSecurity http, ProblemResponses problems, JwtDecoder decoder) throws Exception {
        AuthenticationEntryPoint bearerFailed = BearerTokens.entryPoint(problems);
        AccessDeniedHandler denied = BearerTokens.accessDenied(problems);
        return http
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/users/*/timeline").authenticated()
                        .anyRequest().permitAll())
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.decoder(decoder))
                        .authenticationEntryPoint(bearerFailed)
                        .accessDeniedHandler(denied))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(bearerFailed).accessDeniedHandler(denied))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
