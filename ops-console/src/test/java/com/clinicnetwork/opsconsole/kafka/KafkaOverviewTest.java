package com.clinicnetwork.opsconsole.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class KafkaOverviewTest {

    private static final TopicPartition APPOINTMENTS_0 = new TopicPartition("clinic.appointments.v1", 0);
    private static final TopicPartition APPOINTMENTS_1 = new TopicPartition("clinic.appointments.v1", 1);
    private static final TopicPartition DIRECTORY_0 = new TopicPartition("clinic.directory.v1", 0);

    @Test
    void lagIsWhatEachGroupHasNotReadOfTheTopicSummedOverPartitions() {
        Map<TopicPartition, Long> start = Map.of(APPOINTMENTS_0, 0L, APPOINTMENTS_1, 0L, DIRECTORY_0, 0L);
        Map<TopicPartition, Long> end = Map.of(APPOINTMENTS_0, 100L, APPOINTMENTS_1, 50L, DIRECTORY_0, 7L);
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = Map.of(
                "notification-service", Map.of(APPOINTMENTS_0, new OffsetAndMetadata(90), APPOINTMENTS_1, new OffsetAndMetadata(50),
                        DIRECTORY_0, new OffsetAndMetadata(7)),
                "booking-service", Map.of(DIRECTORY_0, new OffsetAndMetadata(2)));

        assertThat(KafkaOverview.lagOf(List.of(APPOINTMENTS_0, APPOINTMENTS_1), start, end, committed))
                .containsExactly(new KafkaOverview.GroupLag("notification-service", 10));
        assertThat(KafkaOverview.lagOf(List.of(DIRECTORY_0), start, end, committed)).containsExactly(
                new KafkaOverview.GroupLag("booking-service", 5), new KafkaOverview.GroupLag("notification-service", 0));
    }

    @Test
    void aPartitionTheGroupHasNotCommittedOnYetCountsFromTheLogStart() {
        Map<TopicPartition, Long> start = Map.of(APPOINTMENTS_0, 0L, APPOINTMENTS_1, 20L);
        Map<TopicPartition, Long> end = Map.of(APPOINTMENTS_0, 10L, APPOINTMENTS_1, 23L);
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = Map.of(
                "notification-service", Map.of(APPOINTMENTS_0, new OffsetAndMetadata(8)));

        assertThat(KafkaOverview.lagOf(List.of(APPOINTMENTS_0, APPOINTMENTS_1), start, end, committed))
                .containsExactly(new KafkaOverview.GroupLag("notification-service", 5));
    }
}
