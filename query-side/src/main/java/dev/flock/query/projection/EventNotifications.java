package dev.flock.query.projection;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Wakes the views when the command side commits events, instead of every processor polling the event store: one
 * connection per instance (its own, not the pool's) {@code LISTEN}s on {@value #CHANNEL}, which the event store's
 * trigger notifies on every commit that appends events ({@code db/eventstore/V3__notify_on_append.sql}), and each notification makes the
 * {@link NotifiedEventStore}'s reader fetch at once. PostgreSQL hands every listener each notification committed
 * while it listens. Until the listener is (back) in place - at start, and after the database was gone, when it
 * tries again every second - the reader polls every {@code flock.events.fetch-delay-ms}, and it is told to fetch as
 * soon as the listener is, so nothing committed in between waits for the poll.
 */
public final class EventNotifications implements SmartLifecycle {

    /** The channel the event store's trigger notifies. */
    public static final String CHANNEL = "flock_events";
    /** The listening connection's {@code application_name}, as {@code pg_stat_activity} shows it. */
    public static final String APPLICATION_NAME = "flock-query event notifications";

    private static final Logger log = LoggerFactory.getLogger(EventNotifications.class);
    /** How long one wait for notifications lasts: the longest a stop waits for the listening thread. */
    private static final int WAIT_MILLIS = 500;
    /** How long the listener waits before it tries again when the database did not answer. */
    private static final Duration RETRY = Duration.ofSeconds(1);
    /** How long the listener stays quiet before it checks that its connection still answers. */
    private static final Duration CHECK_AFTER = Duration.ofSeconds(30);

    /** Opens the listening connection: a connection of its own, outside the pool, held as long as it works. */
    @FunctionalInterface
    public interface Connector {
        Connection connect() throws SQLException;
    }

    private final Connector connector;
    private final NotifiedEventStore eventStore;
    private volatile boolean running;
    private Thread listener;

    public EventNotifications(Connector connector, NotifiedEventStore eventStore) {
        this.connector = connector;
        this.eventStore = eventStore;
    }

    @Override
    public synchronized void start() {
        running = true;
        listener = new Thread(this::listen, "event-notifications");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        listener.interrupt();
        try {
            listener.join(2L * WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        boolean warned = false;
        while (running) {
            try (Connection connection = connector.connect()) {
                PGConnection postgres = connection.unwrap(PGConnection.class);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                if (warned) {
                    log.info("Listening for new events again");
                    warned = false;
                }
                // whatever was committed before the listener was in place
                eventStore.fetchNow();
                awaitNotifications(connection, postgres);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("unlisten *");
                }
            } catch (SQLException e) {
                if (running && !warned) {
                    log.warn("Cannot listen for new events ({}); the views poll for them until the database "
                            + "answers again", e.getMessage());
                    warned = true;
                }
                pause();
            }
        }
    }

    private void awaitNotifications(Connection connection, PGConnection postgres) throws SQLException {
        long quietSince = System.nanoTime();
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                eventStore.fetchNow();
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > CHECK_AFTER.toNanos()) {
                // a connection whose server vanished without a word only shows it when asked
                if (!connection.isValid((int) RETRY.toSeconds())) {
                    throw new SQLException("the listening connection does not answer");
                }
                quietSince = System.nanoTime();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
