package com.clinicnetwork.opsconsole.deadletters;

import com.clinicnetwork.opsconsole.OpsProperties;
import com.clinicnetwork.opsconsole.kafka.KafkaUnavailableException;
import com.clinicnetwork.opsconsole.kafka.OpsKafka;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Remembers which dead letters were replayed or discarded, in a compacted topic keyed by the dead
 * letter's coordinates ({@code <dlt-topic>/<partition>/<offset>}), so the state survives restarts of the
 * console and is shared by every replica. The topic is declared here (one partition, compacted) the
 * first time the console needs it, so the console starts even while Kafka is away.
 */
@Component
public class HandledDeadLetters {

    public static final String TOPIC = "clinic.deadletters.handled.v1";

    private static final Logger log = LoggerFactory.getLogger(HandledDeadLetters.class);

    private final OpsKafka kafka;
    private final JsonMapper json;
    private final short replicationFactor;
    private volatile boolean declared;

    public HandledDeadLetters(OpsKafka kafka, JsonMapper json, OpsProperties properties) {
        this.kafka = kafka;
        this.json = json;
        this.replicationFactor = properties.handledReplicationFactor();
    }

    /** Every handled dead letter by its coordinates; the latest record of a key wins, as after compaction. */
    public Map<DeadLetterCoordinates, Handling> all() {
        declare();
        List<TopicPartition> partitions = kafka.partitions(List.of(TOPIC));
        Map<TopicPartition, Long> start = kafka.offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> end = kafka.offsets(partitions, OffsetSpec.latest());
        Map<DeadLetterCoordinates, Handling> handled = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : kafka.read(start, end)) {
            Optional<DeadLetterCoordinates> coordinates = record.key() == null ? Optional.empty()
                    : DeadLetterCoordinates.fromKey(new String(record.key(), StandardCharsets.UTF_8));
            if (coordinates.isEmpty()) {
                continue;
            }
            if (record.value() == null) {
                handled.remove(coordinates.get());
            } else {
                parse(record).ifPresent(handling -> handled.put(coordinates.get(), handling));
            }
        }
        return handled;
    }

    public void record(DeadLetterCoordinates coordinates, Handling handling) {
        declare();
        kafka.sendAndAwait(new ProducerRecord<>(TOPIC, coordinates.key().getBytes(StandardCharsets.UTF_8),
                json.writeValueAsBytes(handling)));
    }

    private Optional<Handling> parse(ConsumerRecord<byte[], byte[]> record) {
        try {
            Handling handling = json.readValue(record.value(), Handling.class);
            return handling.action() == null || handling.at() == null ? Optional.empty() : Optional.of(handling);
        } catch (JacksonException e) {
            log.warn("Ignoring unreadable record {}-{}@{}", record.topic(), record.partition(), record.offset());
            return Optional.empty();
        }
    }

    private void declare() {
        if (declared) {
            return;
        }
        NewTopic topic = new NewTopic(TOPIC, 1, replicationFactor)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        try {
            kafka.await(kafka.admin().createTopics(List.of(topic)).all());
        } catch (KafkaUnavailableException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        declared = true;
    }
}
