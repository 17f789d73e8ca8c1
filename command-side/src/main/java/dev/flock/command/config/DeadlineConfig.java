package dev.flock.command.config;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Axon's deadline manager on db-scheduler, in the command schema's {@code scheduled_tasks}: a deadline survives a
 * restart (a mute that ended while every instance was down ends when one comes back), and any instance may run
 * it. Declared here rather than by Axon's {@code AxonDbSchedulerAutoConfiguration} (excluded), which expects
 * db-scheduler's Spring Boot starter; the scheduler is db-scheduler's core, started after everything else and
 * stopped before.
 *
 * <p>db-scheduler writes through a {@link TransactionAwareDataSourceProxy}: a deadline scheduled by a command is
 * stored in the command's transaction, with its events, or not at all.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineProperties.class)
class DeadlineConfig {

    @Bean
    Task<?> axonDeadlines(ApplicationContext context) {
        return DbSchedulerDeadlineManager.humanReadableTask(() -> context.getBean(DbSchedulerDeadlineManager.class));
    }

    @Bean
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks, DeadlineProperties settings) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .pollingInterval(settings.pollInterval())
                .threads(settings.threads())
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
    }

    @Bean
    DbSchedulerDeadlineManager deadlineManager(Scheduler deadlineScheduler,
                                               org.axonframework.config.Configuration axon,
                                               TransactionManager axonTransactionManager) {
        return DbSchedulerDeadlineManager.builder()
                .scheduler(deadlineScheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .serializer(axon.serializer())
                .transactionManager(axonTransactionManager)
                .useBinaryPojo(false) // the task above: readable JSON in task_data
                .startScheduler(false)
                .stopScheduler(false)
                .build();
    }

    /** Runs due deadlines once everything else has started; stops before anything else stops. */
    @Bean
    SmartLifecycle deadlineSchedulerLifecycle(Scheduler deadlineScheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                deadlineScheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                deadlineScheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}
