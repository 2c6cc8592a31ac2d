package com.clinicnetwork.messaging.outbox;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the relay of this process as soon as a transaction that wrote to the outbox commits, so an event
 * usually reaches Kafka within milliseconds instead of waiting for the next poll. Events written by other
 * replicas are still found by the poll, which bounds their latency by the relay interval.
 */
public class OutboxSignal {

    private final Semaphore pending = new Semaphore(0);

    /** Called after a commit; any number of signals before the relay looks collapse into one pass. */
    void signal() {
        if (pending.availablePermits() == 0) {
            pending.release();
        }
    }

    /** @return whether a signal arrived (else the timeout passed) */
    boolean await(Duration timeout) throws InterruptedException {
        boolean signalled = pending.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
        pending.drainPermits();
        return signalled;
    }
}
