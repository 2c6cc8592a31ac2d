package com.clinicnetwork.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/**
 * Free loopback ports for a test or benchmark platform, chosen below the range the operating system hands out for
 * outgoing connections. A port the OS picked ({@code new ServerSocket(0)}) comes from that range, so on a busy machine
 * an outgoing connection could take it in the tens of seconds before the process meant to listen on it starts (a web
 * app failed to start so in CI: "Port ... was already in use").
 */
final class TestPorts {

    static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    /** Linux's default when the range cannot be read. */
    private static final int DEFAULT_EPHEMERAL_START = 32_768;
    private static final int LOWEST = 10_000;
    private static final int ATTEMPTS = 200;

    private final int below;
    private final Set<Integer> given = new HashSet<>();

    TestPorts(int ephemeralStart) {
        this.below = Math.max(LOWEST + 1_000, ephemeralStart);
    }

    static TestPorts belowEphemeralRange() {
        return new TestPorts(ephemeralStart());
    }

    /** A port no one listens on now, not given before by this instance, below the ephemeral range. */
    int next() {
        return nextBlock(1);
    }

    /** The first of {@code size} consecutive ports that are each what {@link #next()} gives. */
    int nextBlock(int size) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int first = ThreadLocalRandom.current().nextInt(LOWEST, below - size + 1);
            List<Integer> block = IntStream.range(first, first + size).boxed().toList();
            if (block.stream().noneMatch(given::contains) && block.stream().allMatch(TestPorts::free)) {
                given.addAll(block);
                return first;
            }
        }
        throw new IllegalStateException("No run of " + size + " free ports between " + LOWEST + " and " + below + " after "
                + ATTEMPTS + " tries");
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    static int ephemeralStart() {
        try {
            // Not Files.readString: it trusts the size /proc reports (0) and reads a single byte.
            return Integer.parseInt(Files.readAllLines(EPHEMERAL_RANGE).get(0).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException unreadable) {
            return DEFAULT_EPHEMERAL_START;
        }
    }
}
