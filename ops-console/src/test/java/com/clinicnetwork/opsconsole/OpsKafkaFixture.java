package com.clinicnetwork.opsconsole;

import com.clinicnetwork.contracts.CloudEventHeaders;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.testsupport.infrastructure.SharedInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

/**
 * The platform's topics on the test JVM's real broker, and records put there the way the services put
 * them: events with CloudEvents headers, and dead letters written by spring-kafka's
 * {@link DeadLetterPublishingRecoverer} with the same destination rule as reliable-messaging.
 */
final class OpsKafkaFixture implements AutoCloseable {

    /** Personal data in a poisoned event's payload and failure message: the console must never show it. */
    static final String PERSONAL_NAME = "Sam Carter";
    static final String PERSONAL_EMAIL = "sam.carter@example.com";

    /** Where a dead letter is and what it was. */
    record DeadLettered(String topic, int partition, long offset, String key, String value, String eventId,
            int originalPartition, long originalOffset) {

        String path() {
            return topic + "/" + partition + "/" + offset;
        }
    }

    private final Admin admin;
    private final KafkaTemplate<String, String> template;

    private OpsKafkaFixture() {
        String servers = SharedInfrastructure.kafkaBootstrapServers();
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers));
        template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)));
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : List.of(Topics.DIRECTORY, Topics.APPOINTMENTS, Topics.NOTIFICATIONS)) {
            topics.add(new NewTopic(topic, 3, (short) 1));
            topics.add(new NewTopic(Topics.deadLetterOf(topic), 3, (short) 1));
        }
        for (NewTopic topic : topics) {
            try {
                admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("Cannot create " + topic.name(), e);
                }
            }
        }
    }

    static OpsKafkaFixture start() {
        return new OpsKafkaFixture();
    }

    static String bootstrapServers() {
        return SharedInfrastructure.kafkaBootstrapServers();
    }

    /** An event with the CloudEvents headers a service's outbox relay sends. */
    RecordMetadata publish(String topic, String type, String key, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        record.headers()
                .add(header(CloudEventHeaders.ID, UUID.randomUUID().toString()))
                .add(header(CloudEventHeaders.TYPE, type))
                .add(header(CloudEventHeaders.SOURCE, "/test"))
                .add(header(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE))
                .add(header(CloudEventHeaders.TIME, Instant.now().toString()))
                .add(header(CloudEventHeaders.SCHEMA_VERSION, "1"))
                .add(header(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON_CONTENT_TYPE));
        try {
            return template.send(record).get(30, TimeUnit.SECONDS).getRecordMetadata();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An appointment event that a consumer (group {@code notification-service}) could not process, dead-lettered
     * as the services do it, with personal data in its payload and in the failure message.
     */
    DeadLettered poisonedAppointmentEvent() {
        String key = UUID.randomUUID().toString();
        String value = "{\"appointmentId\":\"" + key + "\",\"clientName\":\"" + PERSONAL_NAME + "\"}";
        RecordMetadata original = publish(Topics.APPOINTMENTS, "appointment.booked", key, value);
        ConsumerRecord<String, String> consumed = readOne(Topics.APPOINTMENTS, original.partition(), original.offset());
        String eventId = new String(consumed.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8);

        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(Topics.deadLetterOf(record.topic()), record.partition()));
        recoverer.setFailIfSendResultIsError(true);
        // As a listener container reports it: the listener's exception wrapped, with the group that gave up.
        recoverer.accept(consumed, new ListenerExecutionFailedException("Listener failed", "notification-service",
                new IllegalArgumentException("cannot mail " + PERSONAL_EMAIL)));
        long dltOffset = endOffset(Topics.deadLetterOf(Topics.APPOINTMENTS), original.partition()) - 1;
        return new DeadLettered(Topics.deadLetterOf(Topics.APPOINTMENTS), original.partition(), dltOffset, key, value,
                eventId, original.partition(), original.offset());
    }

    /** Commits {@code offset} for {@code group} on every partition of the topic, as a consumer that read that far. */
    void commit(String group, String topic, long offset) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties(group))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            partitions.forEach(partition -> offsets.put(partition, new OffsetAndMetadata(offset)));
            consumer.commitSync(offsets);
        }
    }

    /** Commits {@code offset} for {@code group} on one partition. */
    void commitAt(String group, String topic, int partition, long offset) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties(group))) {
            consumer.commitSync(Map.of(new TopicPartition(topic, partition), new OffsetAndMetadata(offset)));
        }
    }

    /** Every record of a partition from {@code offset} to its current end. */
    List<ConsumerRecord<String, String>> readFrom(String topic, int partition, long offset) {
        TopicPartition tp = new TopicPartition(topic, partition);
        long end = endOffset(topic, partition);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties(null))) {
            consumer.assign(List.of(tp));
            consumer.seek(tp, offset);
            while (consumer.position(tp) < end) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    long endOffset(String topic, int partition) {
        TopicPartition tp = new TopicPartition(topic, partition);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties(null))) {
            return consumer.endOffsets(List.of(tp)).get(tp);
        }
    }

    private ConsumerRecord<String, String> readOne(String topic, int partition, long offset) {
        return readFrom(topic, partition, offset).stream().filter(record -> record.offset() == offset).findFirst().orElseThrow();
    }

    private static Map<String, Object> consumerProperties(String group) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        if (group != null) {
            properties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        return properties;
    }

    private static RecordHeader header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        template.destroy();
        admin.close();
    }
}
