package dev.flock.query.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class OperatorCredentialsTest {

    @Test
    void aLongGeneratedOperatorPasswordIsTakenAndChecked() {
        String password = "k".repeat(100) + "\u00e9";
        UserDetails operator = new SecurityConfig().operators(new AdminProperties("operator", password))
                .loadUserByUsername("operator");
        // what checks HTTP Basic: Spring Security's default delegating encoder
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        assertThat(operator.getPassword()).startsWith("{" + SecurityConfig.PBKDF2 + "}").doesNotContain(password);
        assertThat(encoder.matches(password, operator.getPassword())).isTrue();
        assertThat(encoder.matches("k".repeat(100), operator.getPassword())).isFalse();
    }
}
