package com.clinicnetwork.opsconsole.deadletters;

import com.clinicnetwork.contracts.CloudEventHeaders;
import com.clinicnetwork.opsconsole.OpsProblemException;
import com.clinicnetwork.opsconsole.OpsProperties;
import com.clinicnetwork.opsconsole.kafka.OpsKafka;
import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Component;

/**
 * The dead letters of every {@code *.DLT} topic, and what operators do with them: replay one (its
 * original key, value and CloudEvents headers go back to the topic it failed on, where the consumers'
 * idempotency guard makes a repeated replay harmless) or discard it. Either is recorded in
 * {@link HandledDeadLetters}; a dead letter is handled at most once. Calls block on Kafka and run on
 * the caller's (bounded-elastic) thread.
 */
@Component
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    /** What a replay carries over: the CloudEvents binding and the trace context, never the dead-letter diagnostics. */
    static boolean replayedHeader(String name) {
        return name.startsWith("ce_") || name.equals(CloudEventHeaders.CONTENT_TYPE)
                || name.equals("traceparent") || name.equals("tracestate");
    }

    @Schema(name = "DeadLetterBatchResult")
    public record Summary(int handled, int failed) {
    }

    private final OpsKafka kafka;
    private final HandledDeadLetters handled;
    private final int perPartition;
    private final Object handling = new Object();

    public DeadLetters(OpsKafka kafka, HandledDeadLetters handled, OpsProperties properties) {
        this.kafka = kafka;
        this.handled = handled;
        this.perPartition = properties.deadLettersPerPartition();
    }

    /** The newest dead letters of each partition, newest first, each with whether it was handled. */
    public List<DeadLetter> list() {
        List<TopicPartition> partitions = kafka.partitions(deadLetterTopics());
        Map<TopicPartition, Long> start = kafka.offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> end = kafka.offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> from = new HashMap<>();
        end.forEach((partition, last) -> from.put(partition, Math.max(start.getOrDefault(partition, 0L), last - perPartition)));
        Map<DeadLetterCoordinates, Handling> done = handled.all();
        List<DeadLetter> letters = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : kafka.read(from, end)) {
            DeadLetter letter = describe(record);
            Handling handling = done.get(letter.coordinates());
            letters.add(handling == null ? letter : letter.handled(handling));
        }
        letters.sort(Comparator.comparing(DeadLetter::deadLetteredAt).reversed()
                .thenComparing(DeadLetter::topic).thenComparing(DeadLetter::partition).thenComparing(DeadLetter::offset));
        return letters;
    }

    public DeadLetter replay(DeadLetterCoordinates coordinates, String operator) {
        synchronized (handling) {
            ConsumerRecord<byte[], byte[]> record = pending(coordinates);
            String target = originalTopic(record, coordinates);
            RecordHeaders headers = new RecordHeaders();
            for (Header header : record.headers()) {
                if (replayedHeader(header.key())) {
                    headers.add(header);
                }
            }
            // No partition given: the key picks it, as it did for the original record.
            kafka.sendAndAwait(new ProducerRecord<>(target, null, record.key(), record.value(), headers));
            return mark(record, DeadLetter.State.REPLAYED, operator);
        }
    }

    public DeadLetter discard(DeadLetterCoordinates coordinates, String operator) {
        synchronized (handling) {
            return mark(pending(coordinates), DeadLetter.State.DISCARDED, operator);
        }
    }

    /** Replays every pending dead letter in the listing, oldest first so a key's events keep their order. */
    public Summary replayAll(String operator) {
        return forEachPending(coordinates -> replay(coordinates, operator));
    }

    public Summary discardAll(String operator) {
        return forEachPending(coordinates -> discard(coordinates, operator));
    }

    private Summary forEachPending(Consumer<DeadLetterCoordinates> action) {
        List<DeadLetter> pending = new ArrayList<>(list().stream().filter(letter -> letter.state() == DeadLetter.State.PENDING).toList());
        pending.sort(Comparator.comparing(DeadLetter::deadLetteredAt).thenComparing(DeadLetter::offset));
        int done = 0;
        int failed = 0;
        for (DeadLetter letter : pending) {
            try {
                action.accept(letter.coordinates());
                done++;
            } catch (OpsProblemException e) {
                // Handled meanwhile by another operator or replica: not this run's failure to report.
                if (e.status() != HttpStatus.CONFLICT) {
                    failed++;
                }
            }
        }
        return new Summary(done, failed);
    }

    private DeadLetter mark(ConsumerRecord<byte[], byte[]> record, DeadLetter.State action, String operator) {
        Handling handling = new Handling(action, Instant.now(), operator);
        handled.record(new DeadLetterCoordinates(record.topic(), record.partition(), record.offset()), handling);
        log.info("Dead letter {}-{}@{} {} by operator {}", record.topic(), record.partition(), record.offset(),
                action.name().toLowerCase(), operator);
        return describe(record).handled(handling);
    }

    /** The record at these coordinates, which must exist and not have been handled yet. */
    private ConsumerRecord<byte[], byte[]> pending(DeadLetterCoordinates coordinates) {
        if (!deadLetterTopics().contains(coordinates.topic())) {
            throw notFound();
        }
        if (handled.all().containsKey(coordinates)) {
            throw new OpsProblemException(HttpStatus.CONFLICT, "dead-letter-handled", "Dead letter already handled",
                    "This dead letter was already replayed or discarded.");
        }
        TopicPartition partition = new TopicPartition(coordinates.topic(), coordinates.partition());
        List<TopicPartition> partitions = kafka.partitions(List.of(coordinates.topic()));
        if (!partitions.contains(partition)
                || coordinates.offset() < kafka.offsets(List.of(partition), OffsetSpec.earliest()).get(partition)
                || coordinates.offset() >= kafka.offsets(List.of(partition), OffsetSpec.latest()).get(partition)) {
            throw notFound();
        }
        return kafka.read(Map.of(partition, coordinates.offset()), Map.of(partition, coordinates.offset() + 1)).stream()
                .filter(record -> record.offset() == coordinates.offset())
                .findFirst()
                .orElseThrow(DeadLetters::notFound);
    }

    private Set<String> deadLetterTopics() {
        return kafka.await(kafka.admin().listTopics().names()).stream()
                .filter(topic -> topic.endsWith(DeadLetterCoordinates.DEAD_LETTER_SUFFIX))
                .collect(Collectors.toSet());
    }

    private String originalTopic(ConsumerRecord<byte[], byte[]> record, DeadLetterCoordinates coordinates) {
        String original = OpsKafka.header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC);
        // Only ever back to the topic this DLT belongs to: a forged header must not redirect a replay.
        if (original != null && !original.equals(coordinates.sourceTopic())) {
            throw new OpsProblemException(HttpStatus.CONFLICT, "dead-letter-mismatch", "Dead letter does not match its topic",
                    "The dead letter names another original topic than the one its dead-letter topic belongs to.");
        }
        return coordinates.sourceTopic();
    }

    private static OpsProblemException notFound() {
        return new OpsProblemException(HttpStatus.NOT_FOUND, "dead-letter-not-found", "Dead letter not found",
                "There is no dead letter at these coordinates.");
    }

    static DeadLetter describe(ConsumerRecord<byte[], byte[]> record) {
        Long originalPartition = number(record, KafkaHeaders.DLT_ORIGINAL_PARTITION, Integer.BYTES);
        String cause = OpsKafka.header(record, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN);
        return new DeadLetter(record.topic(), record.partition(), record.offset(),
                OpsKafka.header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC),
                originalPartition == null ? null : originalPartition.intValue(),
                number(record, KafkaHeaders.DLT_ORIGINAL_OFFSET, Long.BYTES),
                OpsKafka.header(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP),
                OpsKafka.header(record, CloudEventHeaders.TYPE),
                OpsKafka.header(record, CloudEventHeaders.ID),
                cause != null ? cause : OpsKafka.header(record, KafkaHeaders.DLT_EXCEPTION_FQCN),
                Instant.ofEpochMilli(record.timestamp()),
                DeadLetter.State.PENDING, null, null);
    }

    /** spring-kafka writes the original partition as a 4-byte and the offset as an 8-byte big-endian number. */
    private static Long number(ConsumerRecord<?, ?> record, String name, int size) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null || header.value().length != size) {
            return null;
        }
        ByteBuffer value = ByteBuffer.wrap(header.value());
        return size == Integer.BYTES ? value.getInt() : value.getLong();
    }
}
