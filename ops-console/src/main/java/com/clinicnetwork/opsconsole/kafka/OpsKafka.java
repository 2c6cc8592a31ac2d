package com.clinicnetwork.opsconsole.kafka;

import com.clinicnetwork.opsconsole.OpsProperties;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The console's Kafka clients: one admin client and one producer shared by all requests, and a short-lived
 * consumer per read (consumers are not thread-safe). Nothing here joins a consumer group, so the console
 * never shows up in, or disturbs, the services' groups. Every call is bounded by
 * {@code clinic.ops.kafka-timeout}; a broker that does not answer raises {@link KafkaUnavailableException}.
 */
@Component
public class OpsKafka implements DisposableBean {

    private final Duration timeout;
    private final String bootstrapServers;
    private final Map<String, String> clientProperties;
    private final Admin admin;
    private final Producer<byte[], byte[]> producer;

    public OpsKafka(OpsProperties properties) {
        this.timeout = properties.kafkaTimeout();
        this.bootstrapServers = properties.kafkaBootstrapServers();
        this.clientProperties = properties.kafkaProperties();
        int timeoutMs = (int) timeout.toMillis();
        this.admin = Admin.create(clientConfig(clientProperties, Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "ops-console-admin",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs)));
        this.producer = new KafkaProducer<>(clientConfig(clientProperties, Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "ops-console-producer",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs,
                // Must cover linger plus one request; a replay that is not acknowledged in time is reported as failed.
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs + 1000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class)));
    }

    /**
     * The configured client properties (security settings) plus a client's own settings; its own win, so
     * configuration cannot turn the console's timeouts or serializers into something it does not expect.
     */
    static Map<String, Object> clientConfig(Map<String, String> configured, Map<String, Object> own) {
        Map<String, Object> config = new HashMap<>(configured);
        config.putAll(own);
        return config;
    }

    public Admin admin() {
        return admin;
    }

    /** Waits for an admin result, at most the configured timeout. */
    public <T> T await(KafkaFuture<T> future) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("interrupted", e);
        } catch (ExecutionException e) {
            throw new KafkaUnavailableException(e.getCause().getClass().getSimpleName(), e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaUnavailableException("no answer within " + timeout, e);
        }
    }

    /** The partitions of the given topics. */
    public List<TopicPartition> partitions(Collection<String> topics) {
        if (topics.isEmpty()) {
            return List.of();
        }
        return await(admin.describeTopics(topics).allTopicNames()).values().stream()
                .flatMap(topic -> topic.partitions().stream().map(info -> new TopicPartition(topic.name(), info.partition())))
                .toList();
    }

    /** One offset per partition: {@link OffsetSpec#earliest()}, {@link OffsetSpec#latest()} or the first at a time. */
    public Map<TopicPartition, Long> offsets(Collection<TopicPartition> partitions, OffsetSpec spec) {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(partition -> request.put(partition, spec));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        await(admin.listOffsets(request).all()).forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    /** Sends and waits until the broker acknowledged the record (acks=all). */
    public void sendAndAwait(ProducerRecord<byte[], byte[]> record) {
        try {
            producer.send(record).get(timeout.toMillis() + 2000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("interrupted", e);
        } catch (ExecutionException e) {
            throw new KafkaUnavailableException(e.getCause().getClass().getSimpleName(), e.getCause());
        } catch (TimeoutException | org.apache.kafka.common.errors.TimeoutException e) {
            throw new KafkaUnavailableException("not acknowledged within " + timeout, e);
        }
    }

    /**
     * Every record of the given partitions from {@code from} (inclusive) to {@code to} (exclusive), in
     * partition order. Gives up with {@link KafkaUnavailableException} when the range cannot be read in time.
     */
    public List<ConsumerRecord<byte[], byte[]>> read(Map<TopicPartition, Long> from, Map<TopicPartition, Long> to) {
        Map<TopicPartition, Long> pending = new HashMap<>();
        from.forEach((partition, start) -> {
            long end = to.getOrDefault(partition, start);
            if (end > start) {
                pending.put(partition, start);
            }
        });
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        if (pending.isEmpty()) {
            return records;
        }
        try (Consumer<byte[], byte[]> consumer = newConsumer()) {
            consumer.assign(pending.keySet());
            pending.forEach(consumer::seek);
            long deadline = System.nanoTime() + timeout.toNanos() * 2;
            while (!pending.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new KafkaUnavailableException("could not read " + pending.keySet() + " within " + timeout.multipliedBy(2), null);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (pending.containsKey(partition) && record.offset() < to.get(partition)) {
                        records.add(record);
                    }
                }
                // Positions, not the last record seen: compaction and transaction markers leave offset gaps.
                for (TopicPartition partition : List.copyOf(pending.keySet())) {
                    if (consumer.position(partition, timeout) >= to.get(partition)) {
                        pending.remove(partition);
                        consumer.pause(List.of(partition));
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            throw new KafkaUnavailableException("no answer within " + timeout, e);
        }
        return records;
    }

    /** A header as UTF-8 text, or null when absent. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public Consumer<byte[], byte[]> newConsumer() {
        int timeoutMs = (int) timeout.toMillis();
        return new KafkaConsumer<>(clientConfig(clientProperties, Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "ops-console-reader",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs,
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class)));
    }

    @Override
    public void destroy() {
        producer.close(timeout);
        admin.close(timeout);
    }
}
