package com.clinicnetwork.messaging;

import com.clinicnetwork.messaging.deadletter.DeadLetteringErrorHandlerFactory;
import com.clinicnetwork.messaging.health.KafkaHealthIndicator;
import com.clinicnetwork.messaging.inbox.EventConsumer;
import com.clinicnetwork.messaging.inbox.EventConsumers;
import com.clinicnetwork.messaging.inbox.EventReader;
import com.clinicnetwork.messaging.inbox.ProcessedEvents;
import com.clinicnetwork.messaging.outbox.OutboxRelay;
import com.clinicnetwork.messaging.outbox.OutboxSignal;
import com.clinicnetwork.messaging.outbox.OutboxWriter;
import com.clinicnetwork.messaging.metrics.ConsumerLagMetrics;
import com.clinicnetwork.messaging.metrics.MessagingMetricsRefresher;
import com.clinicnetwork.messaging.metrics.OutboxBacklogMetrics;
import com.clinicnetwork.messaging.topics.ContractTopics;
import com.clinicnetwork.messaging.tracing.TraceParents;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the outbox, the declared event consumers with their idempotent-consumer guard, the contract topics and
 * dead-lettering into a service. The Kafka settings these rely on are {@link MessagingDefaults}.
 */
@AutoConfiguration
@EnableScheduling
@EnableConfigurationProperties(MessagingProperties.class)
public class ReliableMessagingAutoConfiguration {

    @Bean
    OutboxSignal outboxSignal() {
        return new OutboxSignal();
    }

    @Bean
    TraceParents traceParents(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new TraceParents(tracer, propagator);
    }

    @Bean
    OutboxWriter outboxWriter(JdbcClient jdbc, JsonMapper json, OutboxSignal signal, TraceParents traceParents) {
        return new OutboxWriter(jdbc, json, signal, traceParents);
    }

    @Bean
    @ConditionalOnProperty(name = "clinic.messaging.relay.enabled", havingValue = "true", matchIfMissing = true)
    OutboxRelay outboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, String> kafka,
            MessagingProperties properties, OutboxSignal signal) {
        return new OutboxRelay(jdbc, transactions, kafka, properties, signal);
    }

    @Bean
    ProcessedEvents processedEvents(JdbcClient jdbc) {
        return new ProcessedEvents(jdbc);
    }

    @Bean
    EventReader eventReader(JsonMapper json, Validator validator) {
        return new EventReader(json, validator);
    }

    /** A listener container for each declared {@link EventConsumer}; see {@link EventConsumers}. */
    @Bean
    EventConsumers eventConsumers(ObjectProvider<EventConsumer> consumers, EventReader reader, ProcessedEvents processedEvents,
            TransactionTemplate transactions) {
        return new EventConsumers(consumers.orderedStream().toList(), reader, processedEvents, transactions);
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
        return new KafkaHealthIndicator(kafkaAdmin);
    }

    /**
     * A consumer that dies without leaving its group (a crash, kill -9) holds its partitions until its
     * session times out; Kafka's 45 s default would delay every event on them by that long. Explicit
     * settings win.
     */
    @Bean
    DefaultKafkaConsumerFactoryCustomizer fasterConsumerFailover() {
        return factory -> {
            Map<String, Object> configured = factory.getConfigurationProperties();
            Map<String, Object> defaults = new HashMap<>();
            if (!configured.containsKey(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG)) {
                defaults.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
            }
            if (!configured.containsKey(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG)) {
                defaults.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
            }
            factory.updateConfigs(defaults);
        };
    }

    @Bean
    KafkaAdmin.NewTopics contractTopics(MessagingProperties properties) {
        return new KafkaAdmin.NewTopics(ContractTopics.all(properties).toArray(NewTopic[]::new));
    }

    /** Retries, then dead-letters, records a listener cannot process; see {@link DeadLetteringErrorHandlerFactory}. */
    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler deadLetteringErrorHandler(KafkaTemplate<String, String> kafka, MessagingProperties properties,
            MeterRegistry meters) {
        return DeadLetteringErrorHandlerFactory.create(kafka, properties.retry(), meters);
    }

    @Bean
    OutboxBacklogMetrics outboxBacklogMetrics(JdbcClient jdbc) {
        return new OutboxBacklogMetrics(jdbc);
    }

    @Bean
    ConsumerLagMetrics consumerLagMetrics(KafkaAdmin kafkaAdmin, ObjectProvider<KafkaListenerEndpointRegistry> listeners,
            MeterRegistry meters) {
        return new ConsumerLagMetrics(kafkaAdmin, listeners, meters);
    }

    @Bean
    MessagingMetricsRefresher messagingMetricsRefresher(OutboxBacklogMetrics outbox, ConsumerLagMetrics consumerLag,
            MessagingProperties properties) {
        return new MessagingMetricsRefresher(outbox, consumerLag, properties.metrics());
    }
}
