package org.opendoor.proof.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time (user + system) a process and, optionally, its descendants have used, read from /proc (Linux). */
public final class ProcessCpu {
    /** Linux reports /proc/[pid]/stat times in clock ticks of 1/100 s on every mainstream architecture. */
    private static final long MILLIS_PER_TICK = 10;

    private ProcessCpu() {
    }

    /** Milliseconds of CPU used so far by {@code pid}, plus its live descendants when asked (PostgreSQL backends). */
    public static long millis(long pid, boolean withDescendants) {
        if (pid <= 0) {
            return 0;
        }
        long total = ownMillis(pid);
        if (withDescendants) {
            total += ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)
                    .mapToLong(child -> ownMillis(child.pid())).sum();
        }
        return total;
    }

    private static long ownMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name in field 2 may hold spaces; the fields after its closing parenthesis do not
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return 0; // gone, or not Linux
        }
    }
}
