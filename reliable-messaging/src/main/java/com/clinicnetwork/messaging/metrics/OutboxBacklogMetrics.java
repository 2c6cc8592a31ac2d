package com.clinicnetwork.messaging.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code clinic.outbox.backlog} (unpublished rows) and {@code clinic.outbox.oldest.age} (seconds the oldest of
 * them has waited, 0 when there is none). A scrape reads cached values: the database is asked only by
 * {@link #refresh()}, every few seconds, with one query on the partial index of unpublished rows.
 */
public class OutboxBacklogMetrics implements MeterBinder {

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot = new Snapshot(0, 0, System.nanoTime());

    public OutboxBacklogMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("clinic.outbox.backlog", this, metrics -> metrics.snapshot.backlog())
                .description("Outbox events not yet published to Kafka")
                .baseUnit("events")
                .register(registry);
        Gauge.builder("clinic.outbox.oldest.age", this, OutboxBacklogMetrics::oldestAgeSeconds)
                .description("How long the oldest unpublished outbox event has waited; 0 when none waits")
                .baseUnit("seconds")
                .register(registry);
    }

    public void refresh() {
        // Ages are measured on the database clock, so application clock skew does not distort them.
        snapshot = jdbc.sql("""
                        SELECT count(*) AS backlog,
                               coalesce(extract(epoch FROM now() - min(created_at)), 0) AS oldest_age
                        FROM outbox_event
                        WHERE published_at IS NULL
                        """)
                .query((rs, row) -> new Snapshot(rs.getLong("backlog"), rs.getDouble("oldest_age"), System.nanoTime()))
                .single();
    }

    /** Between refreshes the oldest row keeps ageing, so a stuck relay shows as a steadily rising line. */
    private double oldestAgeSeconds() {
        Snapshot current = snapshot;
        if (current.backlog() == 0) {
            return 0;
        }
        return current.oldestAgeSeconds() + (System.nanoTime() - current.takenAtNanos()) / (double) TimeUnit.SECONDS.toNanos(1);
    }

    private record Snapshot(long backlog, double oldestAgeSeconds, long takenAtNanos) {
    }
}
