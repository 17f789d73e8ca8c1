package dev.flock.query.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where each view lives now. Every view has two slots, schemas {@code <view>_a} and {@code <view>_b}, each kept
 * by its own processor ({@code <view>-a}, {@code <view>-b}); {@code query.projection_slot} names the live one,
 * which the API reads. A replay builds the other slot and then switches the pointer in one step.
 *
 * <p>The pointer is cached here and refreshed by {@link #refresh()} (the replay coordinator does so every few
 * hundred milliseconds and at once after a switch); a reader that still uses the previous slot for that long
 * reads the previous, complete generation, which is kept for a grace period after a switch.
 */
@Component
public class ProjectionSlots {

    /** The views, each its own pair of processors and tables. */
    public static final List<String> VIEWS = List.of("profiles", "follows", "posts", "timeline");
    public static final List<String> SLOTS = List.of("a", "b");

    private final JdbcClient jdbc;
    private volatile Map<String, String> live = Map.of();
    private volatile Map<String, String> rebuilding = Map.of();

    ProjectionSlots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The schema of a view's slot, e.g. {@code timeline_b}. */
    public static String schema(String view, String slot) {
        return view + "_" + slot;
    }

    /** The processor that keeps a view's slot, e.g. {@code timeline-b}. */
    public static String processor(String view, String slot) {
        return view + "-" + slot;
    }

    /** The schema the API reads a view from now. */
    public String liveSchema(String view) {
        return schema(view, liveSlot(view));
    }

    /** The processor whose position a read of this view waits for. */
    public String liveProcessor(String view) {
        return processor(view, liveSlot(view));
    }

    public String liveSlot(String view) {
        String slot = live.get(view);
        if (slot == null) {
            refresh();
            slot = live.get(view);
        }
        if (slot == null) {
            throw new IllegalArgumentException("No view named " + view);
        }
        return slot;
    }

    /**
     * Whether a processor may handle events now: it keeps the live slot of its view, or rebuilds the other slot
     * in a replay whose reset is done. Any other processor is a standby, and its source shows it no events.
     */
    public boolean isActive(String processorName) {
        for (String view : VIEWS) {
            for (String slot : SLOTS) {
                if (processor(view, slot).equals(processorName)) {
                    return slot.equals(liveSlot(view)) || slot.equals(rebuilding.get(view));
                }
            }
        }
        return false;
    }

    /** Reads the live slot, and the slot being rebuilt, of every view from the database. */
    public void refresh() {
        Map<String, String> freshLive = new HashMap<>();
        Map<String, String> freshRebuilding = new HashMap<>();
        jdbc.sql("select view_name, live_slot, building_slot, reset_done from query.projection_slot")
                .query((rs, row) -> {
                    freshLive.put(rs.getString(1), rs.getString(2));
                    if (rs.getString(3) != null && rs.getBoolean(4)) {
                        freshRebuilding.put(rs.getString(1), rs.getString(3));
                    }
                    return row;
                })
                .list();
        live = Map.copyOf(freshLive);
        rebuilding = Map.copyOf(freshRebuilding);
    }

    /** {@code text} with every {@code {s}} replaced by {@code schema}: SQL that names a slot's tables. */
    public static String in(String schema, String text) {
        return text.replace("{s}", schema);
    }
}
