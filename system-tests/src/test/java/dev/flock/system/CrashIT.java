package dev.flock.system;

import static dev.flock.testsupport.Http.basic;
import static dev.flock.testsupport.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.flock.system.support.Flock;
import dev.flock.system.support.FlockModel;
import dev.flock.system.support.ServiceProcess;
import dev.flock.testsupport.EmbeddedPostgresInitializer;
import dev.flock.testsupport.Http;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * kill -9 while work is in flight: the packaged command side twice while clients send commands, the packaged query
 * side twice while events stream in (once of them in the middle of a timeline replay). Afterwards every command
 * that was answered 2xx is in the event store, no user is half-registered (a name without its event, or an event
 * without its name), and every view, rebuilt from whatever the store holds, has each entry exactly once.
 */
class CrashIT {

    private static final Logger log = LoggerFactory.getLogger(CrashIT.class);
    private static final String OPERATOR = basic("operator", "test-operator-password");
    private static final int USERS = 16;
    private static final int THREADS = 4;

    /** A command the command side answered with 2xx, and the consistency token it gave. */
    private record Accepted(String kind, String user, String target, String postId, long token) {
    }

    /** A restarted query side takes the killed one's segments once their claims lapse: 5 s here, not 15 s. */
    private final Map<String, String> env = ServiceProcess.QUICK_FAILOVER;
    private volatile ServiceProcess commandSide;
    private volatile ServiceProcess querySide;

    @Test
    void killedServicesLoseNoAcceptedCommandAndDoubleNothing() throws Exception {
        String jdbcUrl = EmbeddedPostgresInitializer.newDatabase();
        // One connection for the checks, which run one after the other: a new connection for each of the
        // thousands of lookups was most of this test's time.
        SingleConnectionDataSource connection = new SingleConnectionDataSource(jdbcUrl, "postgres", "postgres", true);
        JdbcClient database = JdbcClient.create(connection);
        commandSide = ServiceProcess.start("command-side", jdbcUrl, "crash-c.log", env);
        querySide = ServiceProcess.start("query-side", jdbcUrl, "crash-q.log", env);
        try {
            killUnderLoad(jdbcUrl, database);
        } finally {
            commandSide.close();
            querySide.close();
            connection.destroy();
        }
    }

    private void killUnderLoad(String jdbcUrl, JdbcClient database) throws Exception {
        List<String> users = new ArrayList<>();
        Map<String, String> tokens = new ConcurrentHashMap<>();
        for (int i = 0; i < USERS; i++) {
            users.add("crash_user" + i);
            Http http = new Http(commandSide.port());
            tokens.put(users.get(i), http.registerAndLogIn(users.get(i), Flock.PASSWORD));
        }

        List<Accepted> accepted = new CopyOnWriteArrayList<>();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger unanswered = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Random random = new Random(99 + t);
            List<String> mine = users.subList(t * USERS / THREADS, (t + 1) * USERS / THREADS);
            int thread = t;
            work.add(pool.submit(() -> load(random, thread, mine, users, tokens, accepted, answered, unanswered,
                    stop)));
        }

        Random chaos = new Random(4242);
        int kills = 0;
        try {
            for (String victim : List.of("command", "query", "command", "query-during-replay")) {
                int threshold = answered.get() + 150 + chaos.nextInt(150);
                await().atMost(Duration.ofSeconds(120)).until(() -> answered.get() >= threshold);
                if (victim.startsWith("command")) {
                    ServiceProcess dying = commandSide;
                    dying.kill();
                    commandSide = ServiceProcess.start("command-side", jdbcUrl, "crash-c.log", env);
                } else {
                    ServiceProcess dying = querySide;
                    if (victim.endsWith("replay")) {
                        assertThat(new Http(dying.port()).send("POST", "/api/admin/projections/timeline/replay", null,
                                "Authorization", OPERATOR).status()).isEqualTo(202);
                    }
                    dying.kill();
                    querySide = ServiceProcess.start("query-side", jdbcUrl, "crash-q.log", env);
                }
                kills++;
                log.info("Killed the {} side after {} answered commands", victim, answered.get());
            }
            int last = answered.get() + 100;
            await().atMost(Duration.ofSeconds(120)).until(() -> answered.get() >= last);
            stop.set(true);
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
        log.info("{} commands answered 2xx, {} without an answer (killed in flight), {} kills", accepted.size(),
                unanswered.get(), kills);
        assertThat(unanswered.get()).as("some commands were in flight at a kill").isPositive();

        assertEveryAcceptedCommandIsStored(database, accepted);
        assertNoHalfRegisteredUser(database);
        FlockModel stored = FlockModel.fromEventStore(database);
        Flock reader = new Flock(commandSide.port(), querySide.port());
        users.forEach(reader::logIn);
        reader.sawConsistencyToken(database.sql("select max(global_index) from eventstore.domain_event_entry")
                .query(Long.class).single());
        await().atMost(Duration.ofSeconds(60)).until(() -> !replaying(querySide));
        stored.assertViews(reader, users, new Random(5));
    }

    /** Random commands by the thread's own users, until told to stop; every outcome counted. */
    private Void load(Random random, int thread, List<String> mine, List<String> everyone, Map<String, String> tokens,
                      List<Accepted> accepted, AtomicInteger answered, AtomicInteger unanswered, AtomicBoolean stop) {
        for (int i = 0; !stop.get(); i++) {
            String me = mine.get(random.nextInt(mine.size()));
            String other = everyone.get(random.nextInt(everyone.size()));
            int dice = random.nextInt(10);
            Http http = new Http(commandSide.port());
            String auth = bearer(tokens.get(me));
            try {
                Http.Answer answer;
                Accepted done;
                if (dice < 4 && !other.equals(me)) {
                    answer = http.send("PUT", "/api/users/" + me + "/following/" + other, null, "Authorization", auth);
                    done = new Accepted("follow", me, other, null, token(answer));
                } else if (dice < 6 && !other.equals(me)) {
                    answer = http.send("DELETE", "/api/users/" + me + "/following/" + other, null,
                            "Authorization", auth);
                    done = new Accepted("unfollow", me, other, null, token(answer));
                } else if (dice < 9) {
                    answer = http.send("POST", "/api/users/" + me + "/posts",
                            "{\"body\":\"crash post " + thread + "-" + i + "\"}", "Authorization", auth);
                    done = new Accepted("post", me, null, answer.status() == 201
                            ? answer.json().get("id").asString() : null, token(answer));
                } else {
                    String name = "crash_new_" + thread + "_" + i;
                    answer = http.send("POST", "/api/users", "{\"username\":\"" + name + "\",\"email\":\"" + name
                            + "@example.com\",\"password\":\"" + Flock.PASSWORD + "\"}");
                    done = new Accepted("register", name, null, null, token(answer));
                }
                if (answer.status() / 100 == 2) {
                    accepted.add(done);
                    answered.incrementAndGet();
                } else {
                    // a 5xx from a service going down: the outcome is unknown
                    unanswered.incrementAndGet();
                    awaitCommandSide();
                }
            } catch (UncheckedIOException e) {
                // a connection the kill cut, or refused while the command side restarts
                unanswered.incrementAndGet();
                awaitCommandSide();
            }
        }
        return null;
    }

    /** Until the (restarted) command side answers again. */
    private void awaitCommandSide() {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> new Http(commandSide.managementPort()).send("GET", "/actuator/health", null)
                        .status() == 200);
    }

    private static long token(Http.Answer answer) {
        String token = answer.header("Consistency-Token");
        return token == null ? -1 : Long.parseLong(token);
    }

    /** Each 2xx's effect is in the store: the post once, the user, the follow state as of its token. */
    private static void assertEveryAcceptedCommandIsStored(JdbcClient database, List<Accepted> accepted) {
        for (Accepted command : accepted) {
            switch (command.kind()) {
                case "post" -> assertThat(database.sql("""
                                select count(*) from eventstore.domain_event_entry
                                where payload_type like '%.PostPublished'
                                and convert_from(payload, 'UTF8')::json->>'postId' = :id""")
                        .param("id", command.postId()).query(Long.class).single())
                        .as("post %s", command.postId()).isEqualTo(1);
                case "register" -> assertThat(userIds(database, command.user()))
                        .as("registration of %s", command.user()).hasSize(1);
                default -> {
                    String lastChange = database.sql("""
                                    select e.payload_type from eventstore.domain_event_entry e
                                    where e.aggregate_identifier = :follower
                                    and e.payload_type in ('dev.flock.events.UserFollowed',
                                                           'dev.flock.events.UserUnfollowed')
                                    and convert_from(e.payload, 'UTF8')::json->>'followedId' = :followed
                                    and e.global_index <= :token
                                    order by e.global_index desc limit 1""")
                            .param("follower", userIds(database, command.user()).get(0))
                            .param("followed", userIds(database, command.target()).get(0))
                            .param("token", command.token())
                            .query(String.class).optional().orElse("none");
                    boolean following = lastChange.endsWith("UserFollowed");
                    assertThat(following).as("%s %s -> %s as of %d", command.kind(), command.user(),
                            command.target(), command.token()).isEqualTo(command.kind().equals("follow"));
                }
            }
        }
    }

    private static List<String> userIds(JdbcClient database, String username) {
        return database.sql("""
                        select aggregate_identifier from eventstore.domain_event_entry
                        where payload_type = 'dev.flock.events.UserRegistered'
                        and lower(convert_from(payload, 'UTF8')::json->>'username') = lower(:name)""")
                .param("name", username).query(String.class).list();
    }

    /** Every reserved name has its registration event and its credentials, and every registration its name. */
    private static void assertNoHalfRegisteredUser(JdbcClient database) {
        List<String> registered = database.sql("""
                        select lower(convert_from(payload, 'UTF8')::json->>'username')
                        from eventstore.domain_event_entry where payload_type = 'dev.flock.events.UserRegistered'""")
                .query(String.class).list();
        List<String> reserved = database.sql("select username_key from command.user_lookup")
                .query(String.class).list();
        long withoutCredentials = database.sql("""
                        select count(*) from command.user_lookup l
                        where not exists (select 1 from command.user_credentials c where c.user_id = l.user_id)""")
                .query(Long.class).single();
        assertThat(reserved).containsExactlyInAnyOrderElementsOf(registered);
        assertThat(withoutCredentials).isZero();
    }

    private static boolean replaying(ServiceProcess querySide) {
        for (var projection : new Http(querySide.port()).send("GET", "/api/admin/projections", null,
                "Authorization", OPERATOR).json()) {
            if (projection.get("replaying").asBoolean()) {
                return true;
            }
        }
        return false;
    }
}
