package dev.flock.system.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A process's line of {@code /proc/<pid>/stat} ({@code proc(5)}), read once, with the few fields the system tests
 * use. Linux only, like the build machines.
 */
public final class ProcStat {

    private final List<String> fields;

    private ProcStat(List<String> fields) {
        this.fields = fields;
    }

    /** The process's line now, or empty if it has ended (or ends while it is read). */
    public static Optional<ProcStat> of(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            int close = line.lastIndexOf(')'); // the command name, field 2, may hold spaces and parentheses
            List<String> fields = new ArrayList<>(List.of(line.substring(0, line.indexOf(' ')),
                    line.substring(line.indexOf('('), close + 1)));
            fields.addAll(List.of(line.substring(close + 2).strip().split(" ")));
            return Optional.of(new ProcStat(fields));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Field 4: the parent's process id. */
    public long parent() {
        return field(4);
    }

    /** Field 5: the process group. */
    public long group() {
        return field(5);
    }

    /** Fields 14 and 15: user and system CPU time of the process, all its threads, in clock ticks. */
    public long cpuTicks() {
        return field(14) + field(15);
    }

    /** Fields 16 and 17: user and system CPU time of the children it has waited for, in clock ticks. */
    public long reapedChildrenTicks() {
        return field(16) + field(17);
    }

    /** A field, numbered from 1 as {@code proc(5)} numbers them. */
    private long field(int number) {
        return Long.parseLong(fields.get(number - 1));
    }
}
