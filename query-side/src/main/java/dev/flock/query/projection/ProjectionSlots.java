package dev.flock.query.projection;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Where each view lives now, and the only reader and writer of {@code query.projection_slot}. Every view has two
 * slots, schemas {@code <view>_a} and {@code <view>_b}, each kept by its own processor ({@code <view>-a},
 * {@code <view>-b}); the view's row names the live one, which the API reads, and the one a replay builds.
 *
 * <p>The rows are cached here and read again at once after a change this instance makes, and when PostgreSQL
 * announces a change another instance made ({@link ChangeNotifications}); whoever must act on them
 * ({@code ReplayCoordinator}) is told after each read. They are also read every {@code flock.replay.check-ms} while
 * a replay runs (to see its processor catch up) or while changes are not announced (the listener is down), and
 * every {@code flock.replay.quiet-check-ms} otherwise, as a safety net. A reader that still uses the previous slot
 * for that long reads the previous, complete generation, which is kept for a grace period after a switch.
 */
@Component
public class ProjectionSlots implements SchedulingConfigurer {

    public static final List<String> SLOTS = List.of("a", "b");

    private static final Logger log = LoggerFactory.getLogger(ProjectionSlots.class);

    private final JdbcClient jdbc;
    private final List<String> views;
    private final Duration checkInterval;
    private final Duration quietCheckInterval;
    private final ObjectProvider<ChangeNotifications> notifications;
    private final List<Consumer<List<SlotState>>> listeners = new CopyOnWriteArrayList<>();
    private volatile Map<String, SlotState> states = Map.of();
    private volatile ScheduledTaskRegistrar tasks;
    private ScheduledFuture<?> nextCheck;

    public ProjectionSlots(JdbcClient jdbc, List<View> views, ReplayProperties replay,
                           ObjectProvider<ChangeNotifications> notifications) {
        this.jdbc = jdbc;
        this.views = views.stream().map(View::name).sorted().toList();
        this.checkInterval = Duration.ofMillis(replay.checkMs());
        this.quietCheckInterval = Duration.ofMillis(replay.quietCheckMs());
        this.notifications = notifications;
    }

    /** A view's row: its live slot, the slot a replay builds (or null), and whether that slot has been reset. */
    public record SlotState(String view, String live, String building, boolean resetDone) {

        /** Whether the slot's processor may handle events: it keeps the live slot or rebuilds the other one. */
        boolean active(String slot) {
            return slot.equals(live) || (resetDone && slot.equals(building));
        }
    }

    /** The names of the views, in order. */
    public List<String> views() {
        return views;
    }

    /** The schema of a view's slot, e.g. {@code timeline_b}. */
    public static String schema(String view, String slot) {
        return view + "_" + slot;
    }

    /** The processor that keeps a view's slot, e.g. {@code timeline-b}. */
    public static String processor(String view, String slot) {
        return view + "-" + slot;
    }

    /** {@code text} with every {@code {s}} replaced by {@code schema}: SQL that names a slot's tables. */
    public static String in(String schema, String text) {
        return text.replace("{s}", schema);
    }

    /** The schema the API reads a view from now. */
    public String liveSchema(String view) {
        return schema(view, liveSlot(view));
    }

    /** The reads' way to the view's tables: statements on its live slot. */
    public LiveTables liveTables(String view) {
        return new LiveTables(jdbc, this, view);
    }

    /** The slot the API reads a view from now, {@code a} or {@code b}. */
    public String liveSlot(String view) {
        return state(view).live();
    }

    /** The processor whose position a read of this view waits for. */
    public String liveProcessor(String view) {
        return processor(view, liveSlot(view));
    }

    /**
     * Whether a processor may handle events now: it keeps the live slot of its view, or rebuilds the other slot
     * in a replay whose reset is done. Any other processor is a standby, and its source shows it no events.
     */
    public boolean isActive(String processorName) {
        int dash = processorName.lastIndexOf('-');
        String view = processorName.substring(0, Math.max(dash, 0));
        return views.contains(view) && state(view).active(processorName.substring(dash + 1));
    }

    private SlotState state(String view) {
        SlotState state = states.get(view);
        if (state == null) {
            state = refresh().stream().filter(s -> s.view().equals(view)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No view named " + view));
        }
        return state;
    }

    /** Runs {@code listener} with every view's row after each scheduled read of them. */
    public void onRefresh(Consumer<List<SlotState>> listener) {
        listeners.add(listener);
    }

    /** Reads every view's row from the database. */
    public List<SlotState> refresh() {
        List<SlotState> fresh = jdbc.sql("""
                        select view_name, live_slot, building_slot, reset_done from query.projection_slot
                        order by view_name""")
                .query((rs, row) -> new SlotState(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4)))
                .list().stream()
                .filter(state -> views.contains(state.view()))
                .toList();
        states = fresh.stream().collect(Collectors.toUnmodifiableMap(SlotState::view, Function.identity()));
        return fresh;
    }

    /**
     * Reads the rows and tells the listeners, on a schedule that each read plans anew (where scheduling is on: in
     * the service, not in slices): every {@code flock.replay.check-ms} while a replay runs or changes are not
     * announced, else every {@code flock.replay.quiet-check-ms}.
     */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        this.tasks = tasks;
        tasks.addOneTimeTask(this::check, Duration.ZERO);
    }

    /** A change was announced: reads the rows and tells the listeners at once, off the announcing thread. */
    public void changed() {
        schedule(Duration.ZERO);
    }

    private Duration nextCheckIn() {
        ChangeNotifications announcements = notifications.getIfAvailable();
        boolean told = announcements != null && announcements.isListening();
        boolean replaying = states.values().stream().anyMatch(state -> state.building() != null);
        return told && !replaying ? quietCheckInterval : checkInterval;
    }

    private void check() {
        try {
            List<SlotState> fresh = refresh();
            listeners.forEach(listener -> listener.accept(fresh));
        } catch (RuntimeException e) {
            log.warn("Could not read the live slots of the views; trying again shortly", e);
        } finally {
            planNextCheck();
        }
    }

    /** The one scheduled check: each check, whatever started it, replaces it with one at the pace it finds. */
    private synchronized void planNextCheck() {
        if (nextCheck != null) {
            nextCheck.cancel(false);
        }
        nextCheck = schedule(nextCheckIn());
    }

    /** A check after {@code delay}, or none while scheduling is not (or no longer) running. */
    private ScheduledFuture<?> schedule(Duration delay) {
        TaskScheduler scheduler = tasks == null ? null : tasks.getScheduler();
        try {
            return scheduler == null ? null : scheduler.schedule(this::check, Instant.now().plus(delay));
        } catch (TaskRejectedException stopping) {
            return null; // the service is stopping
        }
    }

    /** A row for every view that has none yet, with slot a live: what a new view starts from. */
    public static void register(JdbcClient jdbc, List<String> views) {
        for (String view : views) {
            jdbc.sql("""
                            insert into query.projection_slot (view_name, live_slot) values (:view, 'a')
                            on conflict do nothing""")
                    .param("view", view)
                    .update();
        }
    }

    /**
     * Marks the other slot of the view as building, unless a replay of it runs or started less than
     * {@code cooldown} ago (on any instance: the row says when). Answers whether it did.
     */
    public boolean markBuilding(String view, Duration cooldown) {
        int marked = jdbc.sql("""
                        update query.projection_slot
                        set building_slot = case live_slot when 'a' then 'b' else 'a' end,
                            reset_done = false, started_at = now()
                        where view_name = :view and building_slot is null
                          and (started_at is null or started_at <= now() - make_interval(secs => :cooldown))""")
                .param("view", view)
                .param("cooldown", cooldown.toMillis() / 1000.0)
                .update();
        return marked == 1;
    }

    /** Why a replay of the view may not start now: one runs, or the next may start after the returned time. */
    public Refusal refusal(String view, Duration cooldown) {
        return jdbc.sql("""
                        select building_slot is not null,
                               extract(epoch from started_at + make_interval(secs => :cooldown) - now())
                        from query.projection_slot where view_name = :view""")
                .param("view", view)
                .param("cooldown", cooldown.toMillis() / 1000.0)
                .query((rs, row) -> new Refusal(rs.getBoolean(1),
                        Duration.ofMillis(Math.max(1, (long) (rs.getDouble(2) * 1000)))))
                .single();
    }

    /**
     * @param running    a replay of the view runs now
     * @param retryAfter otherwise, how long until the cooldown is over
     */
    public record Refusal(boolean running, Duration retryAfter) {
    }

    /** Records that the building slot of the view has been emptied and its processor set to the first event. */
    public void markResetDone(String view, String building) {
        jdbc.sql("""
                        update query.projection_slot set reset_done = true
                        where view_name = :view and building_slot = :slot""")
                .param("view", view)
                .param("slot", building)
                .update();
    }

    /** Makes the building slot live, in one update; answers whether this call did it. */
    public boolean switchLive(String view, String building) {
        int switched = jdbc.sql("""
                        update query.projection_slot
                        set live_slot = building_slot, building_slot = null, reset_done = false, switched_at = now()
                        where view_name = :view and building_slot = :slot""")
                .param("view", view)
                .param("slot", building)
                .update();
        if (switched == 1) {
            refresh();
        }
        return switched == 1;
    }
}
