package dev.flock.query.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

class OperatorCredentialsTest {

    @Test
    void aLongGeneratedOperatorPasswordIsTakenAndChecked() {
        String password = "k".repeat(100) + "\u00e9";
        UserDetails operator = new SecurityConfig().operators(new AdminProperties("operator", password))
                .loadUserByUsername("operator");
        PasswordEncoder encoder = new DelegatingPasswordEncoder("pbkdf2",
                Map.of("pbkdf2", Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
        assertThat(operator.getPassword()).startsWith("{pbkdf2}").doesNotContain(password);
        assertThat(encoder.matches(password, operator.getPassword())).isTrue();
        assertThat(encoder.matches("k".repeat(100), operator.getPassword())).isFalse();
    }
}
