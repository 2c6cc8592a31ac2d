package com.clinicnetwork.idempotency;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Deletes idempotency records older than the retention, every {@code clinic.idempotency.cleanup-interval} (the first
 * time one interval after start-up), in batches of {@code clinic.idempotency.cleanup-batch-size}, so no statement holds
 * many rows or runs long. Safe on every replica at once: each batch skips the rows another one is deleting.
 */
public class ExpiredRequestCleanup implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ExpiredRequestCleanup.class);

    private final IdempotentRequestRepository records;
    private final Clock clock;
    private final IdempotencyProperties properties;

    ExpiredRequestCleanup(IdempotentRequestRepository records, Clock clock, IdempotencyProperties properties) {
        this.records = records;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::deleteExpired, properties.cleanupInterval(),
                properties.cleanupInterval()));
    }

    /**
     * Deletes the records created before now (by the service's clock) minus the retention.
     *
     * @return how many were deleted
     */
    public int deleteExpired() {
        Instant cutoff = clock.instant().minus(properties.retention());
        int total = 0;
        int deleted;
        do {
            deleted = records.deleteCreatedBefore(cutoff, properties.cleanupBatchSize());
            total += deleted;
        } while (deleted == properties.cleanupBatchSize());
        if (total > 0) {
            log.info("Deleted {} expired idempotency records", total);
        }
        return total;
    }
}
