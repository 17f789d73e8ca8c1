package dev.flock.seed;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The seed's design as a user would build it on Flock's stack, for the benchmark to measure Flock against: bearer
 * tokens checked as Flock checks them (ES256 with the command side's public key, Spring Security's resource
 * server, stateless), a follow one {@code INSERT .. ON CONFLICT DO NOTHING} into a followers table, a post one
 * insert, and the stack's floor, a fixed page. Users are the benchmark dataset's ({@code public.bench_user_ids}).
 */
@SpringBootApplication
public class SeedApplication {

    public static void main(String[] args) {
        SpringApplication.run(SeedApplication.class, args);
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, JwtDecoder decoder) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/floor", "/actuator/health").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.decoder(decoder)))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /** The command side's public key, as {@code FLOCK_JWT_PUBLIC_KEYS} gives it to the query side (PEM). */
    @Bean
    JwtDecoder jwtDecoder(@Value("${flock.jwt.public-keys}") String pem) throws Exception {
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        ECPublicKey key = (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
        return NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(new JWKSet(new ECKey.Builder(Curve.P_256, key)
                .build()))).jwsAlgorithm(SignatureAlgorithm.ES256).build();
    }

    /** The seed's tables, next to the benchmark's data. */
    @Bean
    SeedSchema seedSchema(JdbcClient jdbc) {
        jdbc.sql("create schema if not exists seed").update();
        jdbc.sql("""
                create table if not exists seed.followers (
                    follower_id text not null,
                    followed_id text not null,
                    primary key (follower_id, followed_id))""").update();
        jdbc.sql("""
                create table if not exists seed.post (
                    id        bigserial primary key,
                    user_id   text        not null,
                    body      text        not null,
                    timestamp timestamptz not null default now())""").update();
        return new SeedSchema();
    }

    /** Marks the schema as made. */
    record SeedSchema() {
    }
}
