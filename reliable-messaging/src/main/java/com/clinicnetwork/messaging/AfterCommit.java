package com.clinicnetwork.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Work that must wait until the current transaction has committed, and must not happen if it rolls back. */
public final class AfterCommit {

    private static final Logger log = LoggerFactory.getLogger(AfterCommit.class);

    private AfterCommit() {
    }

    /**
     * Runs {@code action} on the committing thread once the current transaction commits; never if it rolls back (a
     * handler that fails and is retried registers it again on the attempt that commits). A failing action is
     * logged and changes nothing: what it followed has committed.
     *
     * @throws IllegalStateException outside a transaction
     */
    public static void run(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    action.run();
                } catch (RuntimeException e) {
                    log.warn("An action after a commit failed", e);
                }
            }
        });
    }
}
