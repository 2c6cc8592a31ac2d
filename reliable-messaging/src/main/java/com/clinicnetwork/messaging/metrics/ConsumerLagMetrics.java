package com.clinicnetwork.messaging.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * {@code clinic.consumer.lag{group, topic}}: records on the topic that the consumer group of one of this
 * service's listener containers (declared {@code EventConsumer}s and {@code @KafkaListener}s) has not yet committed,
 * summed over partitions. Refreshed by {@link #refresh()} through the Kafka admin client, never on a scrape. A
 * partition the group has never committed on counts from its earliest retained offset. While the broker cannot be
 * reached the last known values stay (readiness reports the broker down).
 */
public class ConsumerLagMetrics implements DisposableBean {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final KafkaAdmin kafkaAdmin;
    private final ObjectProvider<KafkaListenerEndpointRegistry> listeners;
    private final MeterRegistry registry;
    private final Map<GroupTopic, AtomicLong> lags = new ConcurrentHashMap<>();
    private Admin admin;

    public ConsumerLagMetrics(KafkaAdmin kafkaAdmin, ObjectProvider<KafkaListenerEndpointRegistry> listeners, MeterRegistry registry) {
        this.kafkaAdmin = kafkaAdmin;
        this.listeners = listeners;
        this.registry = registry;
    }

    public void refresh() throws ExecutionException, InterruptedException, TimeoutException {
        KafkaListenerEndpointRegistry registered = listeners.getIfAvailable();
        if (registered == null) {
            return;
        }
        for (MessageListenerContainer container : registered.getListenerContainers()) {
            String group = container.getGroupId();
            String[] topics = container.getContainerProperties().getTopics();
            if (group != null && topics != null) {
                refresh(group, Arrays.asList(topics));
            }
        }
    }

    private void refresh(String group, List<String> topics) throws ExecutionException, InterruptedException, TimeoutException {
        Admin client = client();
        Map<String, TopicDescription> described = client.describeTopics(topics).allTopicNames().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        described.values().forEach(topic -> topic.partitions().forEach(partition -> {
            TopicPartition topicPartition = new TopicPartition(topic.name(), partition.partition());
            latest.put(topicPartition, OffsetSpec.latest());
            earliest.put(topicPartition, OffsetSpec.earliest());
        }));
        Map<TopicPartition, ListOffsetsResultInfo> ends = client.listOffsets(latest).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, ListOffsetsResultInfo> starts = client.listOffsets(earliest).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<String, Long> lagPerTopic = new HashMap<>();
        topics.forEach(topic -> lagPerTopic.put(topic, 0L));
        ends.forEach((partition, end) -> {
            OffsetAndMetadata position = committed.get(partition);
            long consumedUpTo = position != null ? position.offset() : starts.get(partition).offset();
            lagPerTopic.merge(partition.topic(), Math.max(0, end.offset() - consumedUpTo), Long::sum);
        });
        lagPerTopic.forEach((topic, lag) -> gauge(group, topic).set(lag));
    }

    private AtomicLong gauge(String group, String topic) {
        return lags.computeIfAbsent(new GroupTopic(group, topic), key -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("clinic.consumer.lag", value, AtomicLong::get)
                    .description("Records not yet consumed by the consumer group, summed over the topic's partitions")
                    .baseUnit("records")
                    .tag("group", group)
                    .tag("topic", topic)
                    .register(registry);
            return value;
        });
    }

    private synchronized Admin client() {
        if (admin == null) {
            admin = Admin.create(kafkaAdmin.getConfigurationProperties());
        }
        return admin;
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }

    private record GroupTopic(String group, String topic) {
    }
}
