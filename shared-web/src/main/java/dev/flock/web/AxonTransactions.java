package dev.flock.web;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Axon's units of work run in Spring transactions, in both services.
 *
 * <p>Declared, not left to Axon's auto-configuration: Axon 4.13 orders its {@code TransactionAutoConfiguration}
 * after Spring Boot 3's auto-configuration class names, which Spring Boot 4 moved. Its check for a
 * {@link PlatformTransactionManager} can then run before Spring Boot has defined one, and Axon falls back to a
 * no-op transaction manager: every statement of a command or of a projection batch would commit on its own, and
 * a token could be stored without the view changes it stands for.
 */
@Configuration(proxyBeanMethods = false)
public class AxonTransactions {

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        return new SpringTransactionManager(transactions);
    }
}
