package dev.flock.command.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Times every command from the start of its handling to the end of its unit of work, as
 * {@code flock_commands_seconds{command, outcome}}: {@code outcome} is {@code ok} once the events are committed, or
 * the simple name of the exception that rolled it back (a rule such as {@code UsernameTakenException}, or a
 * failure of the store). Commands per second are the counter's rate. Axon's own {@code axon-micrometer} module
 * would do this, but its 4.13.0 release is not on the Maven Central this project builds from, and mixing its 4.12
 * release into a 4.13 build is worse than these few lines.
 *
 * <p>Axon's Spring Boot support registers every {@code MessageHandlerInterceptor<CommandMessage<?>>} bean on the
 * command bus.
 */
@Component
class CommandMetrics implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String NAME = "flock.commands";

    private final MeterRegistry registry;

    CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        Timer.Sample sample = Timer.start(registry);
        String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
        unitOfWork.afterCommit(done -> sample.stop(timer(command, "ok")));
        unitOfWork.onRollback(failed -> sample.stop(timer(command, outcomeOf(failed))));
        return chain.proceed();
    }

    private Timer timer(String command, String outcome) {
        return Timer.builder(NAME)
                .description("Commands handled, by command and outcome, from handling to commit or rollback")
                .tag("command", command)
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(registry);
    }

    private static String outcomeOf(UnitOfWork<?> failed) {
        Throwable cause = failed.getExecutionResult() == null ? null : failed.getExecutionResult().getExceptionResult();
        return cause == null ? "failed" : cause.getClass().getSimpleName();
    }
}
