package com.clinicnetwork.messaging.inbox;

import com.clinicnetwork.contracts.CloudEventHeaders;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads the CloudEvents headers and the JSON payload of a record, rejecting anything a consumer cannot trust. */
public class EventReader {

    private final JsonMapper json;
    private final Validator validator;

    public EventReader(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** The event type of a record, to dispatch on before the payload is read. */
    public String type(ConsumerRecord<String, String> record) {
        return requiredHeader(record, CloudEventHeaders.TYPE);
    }

    public <T> ReceivedEvent<T> read(ConsumerRecord<String, String> record, Class<T> payloadType) {
        UUID id = parse(record, CloudEventHeaders.ID, UUID::fromString);
        String type = requiredHeader(record, CloudEventHeaders.TYPE);
        String source = requiredHeader(record, CloudEventHeaders.SOURCE);
        String subject = requiredHeader(record, CloudEventHeaders.SUBJECT);
        Instant time = parse(record, CloudEventHeaders.TIME, Instant::parse);
        int schemaVersion = parse(record, CloudEventHeaders.SCHEMA_VERSION, Integer::parseInt);
        if (record.value() == null) {
            throw new InvalidEventException("Event " + id + " has no payload");
        }
        T payload;
        try {
            payload = json.readValue(record.value(), payloadType);
        } catch (JacksonException e) {
            throw new InvalidEventException("Event " + id + " of type " + type + " has a malformed payload: " + e.getOriginalMessage(), e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(payload);
        if (!violations.isEmpty()) {
            String problems = violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .collect(Collectors.joining(", "));
            throw new InvalidEventException("Event " + id + " of type " + type + " is invalid: " + problems);
        }
        return new ReceivedEvent<>(id, type, source, subject, time, schemaVersion, payload);
    }

    private static String requiredHeader(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null || header.value().length == 0) {
            throw new InvalidEventException("Record at " + record.topic() + "-" + record.partition() + "@" + record.offset()
                    + " lacks the " + name + " header");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static <V> V parse(ConsumerRecord<String, String> record, String name, Function<String, V> parser) {
        String raw = requiredHeader(record, name);
        try {
            return parser.apply(raw);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidEventException("Record at " + record.topic() + "-" + record.partition() + "@" + record.offset()
                    + " has an invalid " + name + " header", e);
        }
    }
}
