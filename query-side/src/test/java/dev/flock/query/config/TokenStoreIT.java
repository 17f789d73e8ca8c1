package dev.flock.query.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.query.FlockQueryApplication;
import dev.flock.query.support.Flock;
import dev.flock.query.support.FlockSystemInitializer;
import dev.flock.testsupport.EmbeddedPostgresInitializer;
import dev.flock.testsupport.Http.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

/**
 * The processors' tokens live in PostgreSQL ({@code query.token_entry}), not in memory: a restarted query side
 * resumes where it stopped and handles only the events that came after, instead of replaying every view.
 */
class TokenStoreIT {

    @Test
    void aRestartedQuerySideResumesInsteadOfReprocessingFromTheStart() {
        String jdbcUrl = EmbeddedPostgresInitializer.newDatabase();
        try (ConfigurableApplicationContext commandSide = FlockSystemInitializer.startCommandSide(jdbcUrl)) {
            AtomicInteger handledBefore = new AtomicInteger();
            Flock flock;
            try (ConfigurableApplicationContext first = startQuerySide(jdbcUrl, handledBefore)) {
                assertThat(first.getBean(TokenStore.class)).isInstanceOf(JdbcTokenStore.class);
                flock = new Flock(port(commandSide), port(first));
                flock.register("resumer");
                flock.register("followee");
                flock.follow("resumer", "followee");
                for (int i = 0; i < 20; i++) {
                    flock.post("followee", "post " + i);
                }
                assertThat(timeline(flock)).hasSize(20);
            }
            // 2 registrations x 3 views, 1 follow x 2, 20 posts x 2
            assertThat(handledBefore.get()).isGreaterThanOrEqualTo(48);
            JdbcClient database = JdbcClient.create(new DriverManagerDataSource(jdbcUrl, "postgres", "postgres"));
            assertThat(database.sql("select count(*) from query.token_entry").query(Long.class).single())
                    .as("4 views x 2 slots x 4 segments").isEqualTo(32);
            assertThat(database.sql("select count(*) from query.token_entry where token is not null")
                    .query(Long.class).single()).as("segments that handled events stored where they are")
                    .isPositive();

            AtomicInteger handledAfter = new AtomicInteger();
            try (ConfigurableApplicationContext second = startQuerySide(jdbcUrl, handledAfter)) {
                flock.useQuerySide(port(second));
                String post = flock.post("followee", "after the restart");
                flock.register("latecomer");

                assertThat(timeline(flock)).hasSize(21);
                assertThat(timeline(flock).get(0).get("id").asString()).isEqualTo(post);
            }
            // Only what came after the restart: the post (posts, timeline), the registration (three views).
            assertThat(handledAfter.get()).isBetween(5, handledBefore.get() - 1);
        }
    }

    @Test
    void aConsistencyTokenTheViewsDoNotReachAnswers503WithRetryAfter() {
        String jdbcUrl = EmbeddedPostgresInitializer.newDatabase();
        try (ConfigurableApplicationContext commandSide = FlockSystemInitializer.startCommandSide(jdbcUrl);
             ConfigurableApplicationContext querySide = startQuerySide(jdbcUrl, new AtomicInteger())) {
            Flock flock = new Flock(port(commandSide), port(querySide));
            flock.register("patient");
            Answer answer = flock.queries().send("GET", "/api/users/patient", null,
                    "Consistency-Token", "999999999");
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.header("Retry-After")).isEqualTo("1");
            assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        }
    }

    private static List<JsonNode> timeline(Flock flock) {
        return flock.all("/api/users/resumer/timeline", 100, "Authorization", flock.bearerOf("resumer"));
    }

    /** A query side on the database, counting every event its processors handle. */
    private static ConfigurableApplicationContext startQuerySide(String jdbcUrl, AtomicInteger handled) {
        MessageHandlerInterceptor<EventMessage<?>> counter = (unitOfWork, chain) -> {
            handled.incrementAndGet();
            return chain.proceed();
        };
        ConfigurerModule counting = configurer -> configurer.eventProcessing()
                .registerDefaultHandlerInterceptor((config, name) -> counter);
        SpringApplication app = FlockQueryApplication.application();
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("countHandledEvents", counting));
        List<String> args = new ArrayList<>();
        for (String property : EmbeddedPostgresInitializer.datasourceProperties(jdbcUrl)) {
            args.add("--" + property);
        }
        args.add("--server.port=0");
        args.add("--flock.jwt.secret=" + FlockSystemInitializer.TEST_SECRET);
        args.add("--flock.consistency.max-wait=1s");
        args.add("--flock.admin.username=operator");
        args.add("--flock.admin.password=test-operator-password");
        return app.run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
