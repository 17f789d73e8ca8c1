package dev.flock.query.config;

import dev.flock.query.api.ConsistencyGate;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every processor tells the {@link ConsistencyGate} when a batch has committed, so a read waiting for a
 * consistency token looks again at once instead of on its next timed check.
 */
@Configuration(proxyBeanMethods = false)
class ProcessorConfig {

    @Bean
    ConfigurerModule signalCommittedBatches(ConsistencyGate gate) {
        MessageHandlerInterceptor<EventMessage<?>> signal = (unitOfWork, chain) -> {
            unitOfWork.afterCommit(committed -> gate.signal());
            return chain.proceed();
        };
        return configurer -> configurer.eventProcessing()
                .registerDefaultHandlerInterceptor((config, processorName) -> signal);
    }
}
