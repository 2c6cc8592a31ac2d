package com.clinicnetwork.messaging.outbox;

import com.clinicnetwork.contracts.CloudEventHeaders;
import com.clinicnetwork.messaging.MessagingProperties;
import com.clinicnetwork.messaging.tracing.TraceParents;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes outbox rows to Kafka in commit order and marks them published.
 *
 * <p>Every replica runs a relay, but a transaction-scoped advisory lock lets only one pass at a time
 * work, which keeps per-key order across replicas. A row is marked published only after the broker
 * acknowledged it and every row before it, so a crash or a broker outage can repeat an event
 * (consumers are idempotent) but never lose or reorder one.
 *
 * <p>The relay runs on a thread of its own: a pass starts as soon as a local transaction that wrote
 * to the outbox commits ({@link OutboxSignal}), and otherwise every {@code interval}, which picks up
 * rows of other replicas and retries after an outage. A slow broker therefore never holds up the
 * application's scheduled jobs.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK_ID = 0x0C11_41C0_0707_0001L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, String> kafka;
    private final MessagingProperties properties;
    private final OutboxSignal signal;
    private volatile Thread worker;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, String> kafka,
            MessagingProperties properties, OutboxSignal signal) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.properties = properties;
        this.signal = signal;
    }

    @Override
    public synchronized void start() {
        if (worker != null) {
            return;
        }
        worker = new Thread(this::relayUntilStopped, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        Thread running;
        synchronized (this) {
            running = worker;
            worker = null;
        }
        if (running != null) {
            running.interrupt();
            try {
                running.join(properties.relay().sendTimeout().toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    /** Stops after the web server and the listeners (higher phases stop first), so late events still go out. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE / 2;
    }

    private void relayUntilStopped() {
        while (!Thread.currentThread().isInterrupted()) {
            relayPendingEvents();
            try {
                signal.await(properties.relay().interval());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One relay pass: publishes batches until the outbox is empty, another replica holds the lock, or a send fails. */
    public void relayPendingEvents() {
        try {
            Integer relayed;
            do {
                relayed = transactions.execute(status -> relayOneBatch());
            } while (relayed != null && relayed == properties.relay().batchSize());
        } catch (RuntimeException e) {
            log.warn("Outbox relay pass failed, will retry: {}", e.toString());
        }
    }

    /** @return how many rows this pass published */
    int relayOneBatch() {
        Boolean locked = jdbc.sql("SELECT pg_try_advisory_xact_lock(:lock)")
                .param("lock", RELAY_LOCK_ID)
                .query(Boolean.class)
                .single();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        List<OutboxRow> batch = jdbc.sql("""
                        SELECT position, id, topic, message_key, event_type, subject, schema_version, payload, created_at, trace_parent
                        FROM outbox_event
                        WHERE published_at IS NULL
                        ORDER BY position
                        LIMIT :limit
                        FOR UPDATE SKIP LOCKED
                        """)
                .param("limit", properties.relay().batchSize())
                .query(OutboxRow.class)
                .list();
        if (batch.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<SendResult<String, String>>> sends = new ArrayList<>(batch.size());
        for (OutboxRow row : batch) {
            try {
                sends.add(kafka.send(toRecord(row)));
            } catch (RuntimeException e) {
                // No metadata within max.block.ms (broker away): what was sent before still counts once
                // acknowledged; nothing after this row is sent, so it cannot overtake it.
                sends.add(CompletableFuture.failedFuture(e));
                break;
            }
        }
        long lastAcknowledged = lastAcknowledgedPosition(batch, sends);
        if (lastAcknowledged < 0) {
            return 0;
        }
        // Exactly the rows sent: a range would also catch rows whose transactions committed after this
        // batch was read (positions are taken before commit), marking them published unsent.
        List<Long> acknowledged = batch.stream().map(OutboxRow::position).filter(position -> position <= lastAcknowledged).toList();
        jdbc.sql("UPDATE outbox_event SET published_at = now() WHERE position IN (:positions)")
                .param("positions", acknowledged)
                .update();
        return acknowledged.size();
    }

    private long lastAcknowledgedPosition(List<OutboxRow> batch, List<CompletableFuture<SendResult<String, String>>> sends) {
        long deadline = System.nanoTime() + properties.relay().sendTimeout().toNanos();
        long lastAcknowledged = -1;
        for (int i = 0; i < sends.size(); i++) {
            try {
                sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                lastAcknowledged = batch.get(i).position();
            } catch (ExecutionException | TimeoutException e) {
                log.warn("Broker did not acknowledge outbox event {} ({}); it stays pending",
                        batch.get(i).id(), e.getCause() != null ? e.getCause().toString() : e.toString());
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return lastAcknowledged;
    }

    private ProducerRecord<String, String> toRecord(OutboxRow row) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.ID, row.id().toString());
        header(headers, CloudEventHeaders.SOURCE, properties.source());
        header(headers, CloudEventHeaders.TYPE, row.eventType());
        header(headers, CloudEventHeaders.TIME, row.createdAt().toString());
        header(headers, CloudEventHeaders.SUBJECT, row.subject());
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.SCHEMA_VERSION, Integer.toString(row.schemaVersion()));
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON_CONTENT_TYPE);
        // Consumers continue the trace of the transaction that wrote the event, not one of the relay's own.
        String traceParent = TraceParents.wellFormed(row.traceParent());
        if (traceParent != null) {
            header(headers, TraceParents.HEADER, traceParent);
        }
        return new ProducerRecord<>(row.topic(), null, row.createdAt().toEpochMilli(), row.messageKey(), row.payload(), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Deletes relayed rows once they are older than the retention; unpublished rows are never deleted.
     * Safe on every replica at once: deleting a row twice deletes it once.
     *
     * @return how many rows were deleted
     */
    @Scheduled(fixedDelayString = "${clinic.messaging.relay.cleanup-interval:1h}", initialDelayString = "PT1M")
    public int deletePublishedEvents() {
        int deleted = jdbc.sql("DELETE FROM outbox_event WHERE published_at < :cutoff")
                .param("cutoff", Timestamp.from(Instant.now().minus(properties.relay().publishedRetention())))
                .update();
        if (deleted > 0) {
            log.info("Deleted {} published outbox events", deleted);
        }
        return deleted;
    }
}
