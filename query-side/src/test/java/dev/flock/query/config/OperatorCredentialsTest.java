package dev.flock.query.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flock.web.LoginProperties;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The operator's HTTP Basic check as Spring Security wires it from this configuration's beans. */
class OperatorCredentialsTest {

    private final SecurityConfig config = new SecurityConfig();
    private final String password = "k".repeat(100) + "\u00e9";
    private final PasswordEncoder encoder = config.operatorPasswords(
            new LoginProperties(5, Duration.ofSeconds(1), Duration.ofMinutes(15), 50, 1, 4, Duration.ofSeconds(2)));
    private final InMemoryUserDetailsManager operators =
            config.operators(new AdminProperties("operator", password), encoder);

    @Test
    void aLongGeneratedOperatorPasswordIsAcceptedAndNeverRehashed() {
        DaoAuthenticationProvider basic = provider();
        assertThat(basic.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("operator", password))
                .isAuthenticated()).isTrue();
        assertThat(operators.loadUserByUsername("operator").getPassword())
                .startsWith("{" + SecurityConfig.PBKDF2 + "}").doesNotContain(password);
    }

    @Test
    void theOperatorPasswordTypedInAnotherUnicodeFormIsTheSamePassword() {
        String decomposed = "k".repeat(100) + "e\u0301";
        assertThat(provider().authenticate(UsernamePasswordAuthenticationToken.unauthenticated("operator", decomposed))
                .isAuthenticated()).isTrue();
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThatThrownBy(() -> provider().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("operator", "k".repeat(100))))
                .isInstanceOf(BadCredentialsException.class);
    }

    private DaoAuthenticationProvider provider() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(operators);
        provider.setPasswordEncoder(encoder);
        provider.setUserDetailsPasswordService(operators);
        return provider;
    }
}
