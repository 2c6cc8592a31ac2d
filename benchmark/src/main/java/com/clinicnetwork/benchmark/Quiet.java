package com.clinicnetwork.benchmark;

import com.clinicnetwork.launcher.LocalPlatform;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits until the platform has caught up with earlier load (outbox relays, consumers, emails still being sent) before
 * something is recorded: work left over from a previous path would otherwise show in the next path's profile, and on a
 * slow disk it once held connections long enough for the next path's requests to time out.
 */
final class Quiet {

    private static final Logger log = LoggerFactory.getLogger(Quiet.class);
    /** Less than this share of one core, over every platform process, counts as idle. */
    private static final double IDLE_SHARE_OF_A_CORE = 0.15;
    private static final Duration POLL = Duration.ofSeconds(1);

    private Quiet() {
    }

    /** Returns once the platform used under 15 % of a core for a second, or after {@code atMost} (logged). */
    static void await(LocalPlatform platform, Duration atMost) {
        AtomicReference<ProcessCpu.Snapshot> last = new AtomicReference<>(ProcessCpu.take(platform));
        try {
            Awaitility.await("platform idle").atMost(atMost).pollDelay(POLL).pollInterval(POLL).until(() -> {
                ProcessCpu.Snapshot now = ProcessCpu.take(platform);
                long used = now.since(last.getAndSet(now)).entrySet().stream()
                        .filter(process -> !process.getKey().equals(ProcessCpu.LOAD_GENERATOR))
                        .mapToLong(Map.Entry::getValue).sum();
                return used < IDLE_SHARE_OF_A_CORE * POLL.toMillis();
            });
        } catch (ConditionTimeoutException stillBusy) {
            log.warn("The platform was still busy after {}; recording anyway", atMost);
        }
    }
}
