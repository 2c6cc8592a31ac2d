package com.clinicnetwork.testsupport.kafka;

import com.clinicnetwork.contracts.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Builds records the way the platform's producers write them (CloudEvents binary mode), for consumer tests. */
public final class ContractEvents {

    private ContractEvents() {
    }

    public static ProducerRecord<String, String> record(String topic, String type, String key, String payloadJson) {
        return record(topic, type, key, UUID.randomUUID(), payloadJson);
    }

    public static ProducerRecord<String, String> record(String topic, String type, String key, UUID eventId, String payloadJson) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, CloudEventHeaders.ID, eventId.toString());
        add(headers, CloudEventHeaders.SOURCE, "/clinic/test");
        add(headers, CloudEventHeaders.TYPE, type);
        add(headers, CloudEventHeaders.TIME, Instant.now().toString());
        add(headers, CloudEventHeaders.SUBJECT, key);
        add(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        add(headers, CloudEventHeaders.SCHEMA_VERSION, "1");
        add(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON_CONTENT_TYPE);
        return new ProducerRecord<>(topic, null, key, payloadJson, headers);
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
