package com.clinicnetwork.opsconsole.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class ThroughputTest {

    private static final TopicPartition P0 = new TopicPartition("clinic.appointments.v1", 0);
    private static final TopicPartition P1 = new TopicPartition("clinic.appointments.v1", 1);

    @Test
    void bucketsAreTheLastWholeMinutesEndingWithTheCurrentOne() {
        assertThat(Throughput.minuteStarts(Instant.parse("2026-03-29T10:15:42.5Z"), 3)).containsExactly(
                Instant.parse("2026-03-29T10:13:00Z"), Instant.parse("2026-03-29T10:14:00Z"), Instant.parse("2026-03-29T10:15:00Z"));
    }

    @Test
    void countsRecordsBetweenTheOffsetsAtEachMinuteAcrossPartitions() {
        // P0: offsets 10..14 in the first minute, 15..19 in the second, none since. P1: nothing before the
        // second minute (-1 = no record at or after that time, i.e. all records are older), 3 records in it.
        List<Map<TopicPartition, Long>> offsetsAt = List.of(
                Map.of(P0, 10L, P1, 40L),
                Map.of(P0, 15L, P1, 40L),
                Map.of(P0, -1L, P1, -1L));
        Map<TopicPartition, Long> end = Map.of(P0, 20L, P1, 43L);

        assertThat(Throughput.counts(offsetsAt, end)).containsExactly(5L, 8L, 0L);
    }

    @Test
    void anEmptyTopicHasNoThroughput() {
        assertThat(Throughput.counts(List.of(Map.of(P0, -1L), Map.of(P0, -1L)), Map.of(P0, 0L))).containsExactly(0L, 0L);
    }
}
