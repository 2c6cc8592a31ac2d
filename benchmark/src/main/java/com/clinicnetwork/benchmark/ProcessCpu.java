package com.clinicnetwork.benchmark;

import com.clinicnetwork.launcher.LocalPlatform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time (user + system) each process of the platform has used, from Linux's /proc, so a step's cost can be
 * divided by the requests it served. PostgreSQL is the postmaster with its backends: a backend that ended is counted
 * in the postmaster's reaped-children time, so nothing is lost between two snapshots.
 */
final class ProcessCpu {

    static final String POSTGRES = "postgresql";
    static final String LOAD_GENERATOR = "load generator";
    /** USER_HZ: /proc reports CPU time in these ticks on every Linux this runs on. */
    private static final long MILLIS_PER_TICK = 10;
    // Fields of /proc/<pid>/stat after the command name, counted from the state field (index 0).
    private static final int PARENT = 1;
    private static final int USER_TIME = 11;
    private static final int SYSTEM_TIME = 12;
    private static final int CHILDREN_USER_TIME = 13;
    private static final int CHILDREN_SYSTEM_TIME = 14;

    private ProcessCpu() {
    }

    /** CPU milliseconds per process at one moment. */
    record Snapshot(Map<String, Long> millis) {

        /** What each process used between {@code earlier} and this snapshot. */
        Map<String, Long> since(Snapshot earlier) {
            Map<String, Long> used = new LinkedHashMap<>();
            millis.forEach((process, now) -> used.put(process, now - earlier.millis.getOrDefault(process, now)));
            return used;
        }
    }

    static Snapshot take(LocalPlatform platform) {
        Map<String, Long> millis = new LinkedHashMap<>();
        platform.processIds().forEach((name, pid) -> stat(pid).ifPresent(fields -> millis.put(name, ownMillis(fields))));
        postmaster(platform.settings().ports().postgres()).ifPresent(pid -> millis.put(POSTGRES, postgresMillis(pid)));
        stat(ProcessHandle.current().pid()).ifPresent(fields -> millis.put(LOAD_GENERATOR, ownMillis(fields)));
        return new Snapshot(millis);
    }

    private static long postgresMillis(long postmaster) {
        long total = stat(postmaster).map(fields -> ownMillis(fields)
                + MILLIS_PER_TICK * (tick(fields, CHILDREN_USER_TIME) + tick(fields, CHILDREN_SYSTEM_TIME))).orElse(0L);
        for (long pid : processIds()) {
            Optional<String[]> fields = stat(pid);
            if (fields.isPresent() && tick(fields.get(), PARENT) == postmaster) {
                total += ownMillis(fields.get());
            }
        }
        return total;
    }

    /** The PostgreSQL server listening on {@code port}: the {@code postgres} process started with {@code -p port}. */
    private static Optional<Long> postmaster(int port) {
        for (long pid : processIds()) {
            List<String> arguments = commandLine(pid);
            int portOption = arguments.indexOf("-p");
            if (!arguments.isEmpty() && arguments.get(0).endsWith("postgres") && portOption >= 0
                    && portOption + 1 < arguments.size() && arguments.get(portOption + 1).equals(Integer.toString(port))) {
                return Optional.of(pid);
            }
        }
        return Optional.empty();
    }

    private static long ownMillis(String[] fields) {
        return MILLIS_PER_TICK * (tick(fields, USER_TIME) + tick(fields, SYSTEM_TIME));
    }

    private static long tick(String[] fields, int index) {
        return Long.parseLong(fields[index]);
    }

    /** The fields after the command name, which may itself contain spaces and parentheses. */
    private static Optional<String[]> stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return Optional.of(line.substring(line.lastIndexOf(')') + 2).trim().split(" "));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static List<String> commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            return Arrays.asList(new String(raw, StandardCharsets.UTF_8).split("\0"));
        } catch (IOException e) {
            return List.of();
        }
    }

    private static long[] processIds() {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.map(path -> path.getFileName().toString()).filter(name -> name.chars().allMatch(Character::isDigit))
                    .mapToLong(Long::parseLong).toArray();
        } catch (IOException e) {
            return new long[0];
        }
    }
}
