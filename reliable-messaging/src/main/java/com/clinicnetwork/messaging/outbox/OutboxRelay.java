package com.clinicnetwork.messaging.outbox;

import com.clinicnetwork.contracts.CloudEventHeaders;
import com.clinicnetwork.messaging.MessagingProperties;
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
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes outbox rows to Kafka in commit order and marks them published.
 *
 * <p>Every replica runs a relay, but a transaction-scoped advisory lock lets only one pass at a time
 * work, which keeps per-key order across replicas. A row is marked published only after the broker
 * acknowledged it and every row before it, so a crash or a broker outage can repeat an event
 * (consumers are idempotent) but never lose or reorder one.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK_ID = 0x0C11_41C0_0707_0001L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, String> kafka;
    private final MessagingProperties properties;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, String> kafka,
            MessagingProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${clinic.messaging.relay.interval:100ms}")
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
                        SELECT position, id, topic, message_key, event_type, subject, schema_version, payload, created_at
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
            sends.add(kafka.send(toRecord(row)));
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
        for (int i = 0; i < batch.size(); i++) {
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
        return new ProducerRecord<>(row.topic(), null, row.createdAt().toEpochMilli(), row.messageKey(), row.payload(), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Deletes relayed rows once they are older than the retention; unpublished rows are never deleted. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    public void deletePublishedEvents() {
        int deleted = jdbc.sql("DELETE FROM outbox_event WHERE published_at < :cutoff")
                .param("cutoff", Timestamp.from(Instant.now().minus(properties.relay().publishedRetention())))
                .update();
        if (deleted > 0) {
            log.info("Deleted {} published outbox events", deleted);
        }
    }
}
