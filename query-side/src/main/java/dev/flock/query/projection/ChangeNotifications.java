package dev.flock.query.projection;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Wakes this instance when another process commits a change it must act on, instead of polling for it: one
 * connection per instance (its own, not the pool's) {@code LISTEN}s on each channel, and a notification on a channel
 * runs that channel's action on the listening thread (each action only hands the work on). Channels:
 * <ul>
 *   <li>{@value #NEW_EVENTS}: the event store's trigger, on every commit that appends events
 *       ({@code db/eventstore/V3__notify_on_append.sql}); the {@link NotifiedEventStore}'s reader fetches at once;</li>
 *   <li>{@value #SLOT_CHANGES}: {@code query.projection_slot}'s trigger, when a replay starts, resets or switches a
 *       view on any instance ({@code V7__notify_slot_changes.sql}); {@link ProjectionSlots} reads the rows at
 *       once.</li>
 * </ul>
 * PostgreSQL hands every listener each notification committed while it listens. Until the listener is (back) in
 * place - at start, and after the database was gone, when it tries again every second - the others poll at their
 * own pace ({@link #isListening()} says which), and every action runs as soon as the listener is in place, so
 * nothing committed in between waits for a poll.
 */
public final class ChangeNotifications implements SmartLifecycle {

    /** The channel the event store's trigger notifies. */
    public static final String NEW_EVENTS = "flock_events";
    /** The channel {@code query.projection_slot}'s trigger notifies. */
    public static final String SLOT_CHANGES = "flock_slots";
    /** The listening connection's {@code application_name}, as {@code pg_stat_activity} shows it. */
    public static final String APPLICATION_NAME = "flock-query change notifications";

    private static final Logger log = LoggerFactory.getLogger(ChangeNotifications.class);
    /** How long one wait for notifications lasts (a stop closes the connection under it). */
    private static final int WAIT_MILLIS = 10_000;
    /** How long a stop waits for the listening thread to end. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(1);
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
    private final Map<String, Runnable> actions;
    private volatile boolean running;
    private volatile boolean listening;
    private volatile Connection connection;
    private Thread listener;

    /** @param actions what to do on a notification, by channel */
    public ChangeNotifications(Connector connector, Map<String, Runnable> actions) {
        this.connector = connector;
        this.actions = Map.copyOf(actions);
    }

    @Override
    public synchronized void start() {
        running = true;
        listener = new Thread(this::listen, "change-notifications");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        listener.interrupt();
        Connection held = connection;
        if (held != null) {
            try {
                held.abort(Runnable::run); // ends the wait for notifications at once
            } catch (SQLException e) {
                log.debug("Could not close the listening connection; it ends with the process", e);
            }
        }
        try {
            listener.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether every change is announced now: if not, whoever relies on the announcements must look for itself. */
    public boolean isListening() {
        return listening;
    }

    private void listen() {
        boolean warned = false;
        while (running) {
            try (Connection connection = connector.connect()) {
                this.connection = connection;
                PGConnection postgres = connection.unwrap(PGConnection.class);
                try (Statement statement = connection.createStatement()) {
                    for (String channel : actions.keySet()) {
                        statement.execute("listen " + channel);
                    }
                }
                listening = true;
                if (warned) {
                    log.info("Listening for changes again");
                    warned = false;
                }
                // whatever was committed before the listener was in place
                actions.values().forEach(Runnable::run);
                awaitNotifications(connection, postgres);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("unlisten *");
                }
            } catch (SQLException e) {
                if (running && !warned) {
                    log.warn("Cannot listen for changes ({}); new events and replays are polled for until the "
                            + "database answers again", e.getMessage());
                    warned = true;
                }
                pause();
            } finally {
                listening = false;
                this.connection = null;
            }
        }
    }

    private void awaitNotifications(Connection connection, PGConnection postgres) throws SQLException {
        long quietSince = System.nanoTime();
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                Set<String> channels = new LinkedHashSet<>();
                for (PGNotification notification : notifications) {
                    channels.add(notification.getName());
                }
                channels.stream().map(actions::get).filter(action -> action != null).forEach(Runnable::run);
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
