package com.clinicnetwork.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.contracts.CloudEventHeaders;
import com.clinicnetwork.messaging.MessagingProperties;
import com.clinicnetwork.testsupport.infrastructure.UsesRealInfrastructure;
import com.clinicnetwork.testsupport.kafka.TopicProbe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The relay against a real PostgreSQL and a broker of its own. The application's own relay is switched off
 * so that the relay under test is the only one publishing.
 */
@SpringBootTest(classes = OutboxRelayIT.TestApplication.class, properties = {
        "spring.application.name=reliable-messaging-test",
        "clinic.messaging.source=/clinic/relay-test",
        "clinic.messaging.relay.enabled=false",
        "clinic.messaging.relay.send-timeout=3s",
        "logging.level.org.apache.kafka=ERROR",
        "logging.level.kafka=ERROR",
        "logging.level.state.change.logger=ERROR"})
@UsesRealInfrastructure
class OutboxRelayIT {

    private static final String TOPIC = "clinic.relay-test.v1";
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class TestApplication {
    }

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private OutboxWriter writer;

    @Autowired
    private MessagingProperties properties;

    private EmbeddedKafkaKraftBroker broker;
    private DefaultKafkaProducerFactory<String, String> producers;

    @AfterEach
    void stopBroker() {
        if (producers != null) {
            producers.destroy();
        }
        if (broker != null) {
            broker.destroy();
        }
    }

    /**
     * EmbeddedKafkaKraftBroker cannot come back on the same port (it ignores {@code kafkaPorts} in KRaft mode),
     * so the outage is staged from the producer's side: the relay's producer is closed and pointed at a port
     * where no broker listens, then closed again and pointed back at the broker, as after a broker restart.
     */
    @Test
    void eventsWrittenWhileTheBrokerIsUnreachableArePublishedInOrderOnceItIsBack() {
        broker = startBroker();
        OutboxRelay relay = relayTo(broker.getBrokersAsString());
        String order = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();

        append(order, 1);
        relayUntilNothingPending(relay);

        reconnect("127.0.0.1:" + freePort());
        for (int sequence = 2; sequence <= 6; sequence++) {
            append(sequence % 2 == 0 ? order : other, sequence);
        }
        // No broker: a pass gives up within the producer's timeouts and every event stays pending.
        relay.relayPendingEvents();
        relay.relayPendingEvents();
        assertThat(pending()).isEqualTo(5);

        reconnect(broker.getBrokersAsString());
        relayUntilNothingPending(relay);

        try (TopicProbe probe = TopicProbe.readFromBeginning(broker.getBrokersAsString(), TOPIC)) {
            probe.awaitRecord(EVENTUALLY, record -> sequenceOf(record) == 6);
            probe.awaitRecord(EVENTUALLY, record -> sequenceOf(record) == 5);
            List<ConsumerRecord<String, String>> records = probe.records();
            // Each key's events arrive in the order they were written; a repeat would be allowed, a loss not.
            assertThat(records.stream().filter(r -> r.key().equals(order)).map(OutboxRelayIT::sequenceOf).distinct())
                    .containsExactly(1, 2, 4, 6);
            assertThat(records.stream().filter(r -> r.key().equals(other)).map(OutboxRelayIT::sequenceOf).distinct())
                    .containsExactly(3, 5);
            assertThat(TopicProbe.header(records.get(0), CloudEventHeaders.SOURCE)).isEqualTo("/clinic/relay-test");
        }
    }

    @Test
    void publishedRowsAreDeletedAfterTheRetentionAndPendingOnesNever() {
        String key = UUID.randomUUID().toString();
        UUID oldPublished = append(key, 1);
        UUID recentPublished = append(key, 2);
        UUID oldPending = append(key, 3);
        Duration retention = properties.relay().publishedRetention();
        jdbc.sql("UPDATE outbox_event SET published_at = now() - CAST(:age AS INTERVAL), created_at = now() - CAST(:age AS INTERVAL) WHERE id = :id")
                .param("age", retention.plusHours(1).toSeconds() + " seconds").param("id", oldPublished).update();
        jdbc.sql("UPDATE outbox_event SET published_at = now() - interval '1 hour' WHERE id = :id").param("id", recentPublished).update();
        jdbc.sql("UPDATE outbox_event SET created_at = now() - interval '30 days' WHERE id = :id").param("id", oldPending).update();

        int deleted = relayTo("127.0.0.1:1").deletePublishedEvents();

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(exists(oldPublished)).isFalse();
        assertThat(exists(recentPublished)).isTrue();
        assertThat(exists(oldPending)).isTrue();
        // Leave nothing pending for the other test's counts.
        jdbc.sql("DELETE FROM outbox_event WHERE message_key = :key").param("key", key).update();
    }

    private void relayUntilNothingPending(OutboxRelay relay) {
        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(200)).until(() -> {
            relay.relayPendingEvents();
            return pending() == 0;
        });
    }

    private UUID append(String key, int sequence) {
        return transactions.execute(status -> writer.append(new OutgoingEvent(TOPIC, key, "relay.test", key, 1,
                Map.of("sequence", sequence))));
    }

    private long pending() {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE published_at IS NULL AND topic = :topic")
                .param("topic", TOPIC).query(Long.class).single();
    }

    private boolean exists(UUID id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM outbox_event WHERE id = :id)").param("id", id).query(Boolean.class).single();
    }

    /** Closes the relay's producer; the next send opens a new one to these servers. */
    private void reconnect(String bootstrapServers) {
        producers.updateConfigs(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        producers.reset();
    }

    private OutboxRelay relayTo(String bootstrapServers) {
        producers = new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 2500,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        return new OutboxRelay(jdbc, transactions, new KafkaTemplate<>(producers), properties, new OutboxSignal());
    }

    private static EmbeddedKafkaKraftBroker startBroker() {
        EmbeddedKafkaKraftBroker started = new EmbeddedKafkaKraftBroker(1, 3, TOPIC);
        started.afterPropertiesSet();
        return started;
    }

    private static int sequenceOf(ConsumerRecord<String, String> record) {
        return Integer.parseInt(record.value().replaceAll("\\D", ""));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
