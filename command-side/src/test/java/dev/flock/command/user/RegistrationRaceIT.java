package dev.flock.command.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flock.command.account.EmailHashes;
import dev.flock.command.support.FlockIntegrationTest;
import dev.flock.testsupport.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Set-based validation under contention: of many simultaneous registrations of one name, exactly one wins. */
@FlockIntegrationTest
class RegistrationRaceIT {

    private static final int CONTENDERS = 8;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EmailHashes emails;

    @Test
    void ofConcurrentRegistrationsOfOneUsernameInAnyCaseExactlyOneWins() throws Exception {
        List<Integer> statuses = race(i -> "{\"username\":\"" + (i % 2 == 0 ? "racer" : "RACER")
                + "\",\"email\":\"racer" + i + "@example.com\",\"password\":\"long enough\"}");

        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(count("select count(*) from user_lookup where username_key = 'racer'")).isEqualTo(1);
        assertThat(count("select count(*) from eventstore.domain_event_entry "
                + "where payload_type = 'dev.flock.events.UserRegistered' "
                + "and convert_from(payload, 'UTF8') ilike '%\"racer\"%'")).isEqualTo(1);
    }

    @Test
    void ofConcurrentRegistrationsOfOneEmailExactlyOneWins() throws Exception {
        List<Integer> statuses = race(i -> "{\"username\":\"mailer" + i
                + "\",\"email\":\"Shared@Example.com\",\"password\":\"long enough\"}");

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(CONTENDERS - 1);
        assertThat(count("select count(*) from user_lookup where email_hash = '"
                + emails.hash("shared@example.com") + "'")).isEqualTo(1);
        assertThat(count("select count(*) from user_credentials c join user_lookup l using (user_id) "
                + "where l.username_key like 'mailer%'")).isEqualTo(1);
    }

    private List<Integer> race(java.util.function.IntFunction<String> body) throws Exception {
        Http http = new Http(port);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CONTENDERS);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < CONTENDERS; i++) {
                String json = body.apply(i);
                Callable<Integer> register = () -> {
                    start.await();
                    return http.send("POST", "/api/users", json).status();
                };
                answers.add(pool.submit(register));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
