package com.clinicnetwork.opsconsole.kafka;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.stereotype.Component;

/** Topics with their size and, per consumer group reading them, how far behind that group is. */
@Component
public class KafkaOverview {

    public record GroupLag(String group, long lag) {
    }

    /** {@code messages}: records currently at the end minus the start (an upper bound after compaction). */
    public record TopicView(String name, int partitions, long messages, List<GroupLag> consumerGroups) {
    }

    private final OpsKafka kafka;

    public KafkaOverview(OpsKafka kafka) {
        this.kafka = kafka;
    }

    public List<TopicView> topics() {
        Set<String> names = kafka.await(kafka.admin().listTopics().names());
        List<TopicPartition> partitions = kafka.partitions(names);
        Map<TopicPartition, Long> start = kafka.offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> end = kafka.offsets(partitions, OffsetSpec.latest());
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = committedOffsets();

        List<TopicView> topics = new ArrayList<>();
        for (String name : names) {
            List<TopicPartition> own = partitions.stream().filter(partition -> partition.topic().equals(name)).toList();
            long messages = own.stream().mapToLong(partition -> end.getOrDefault(partition, 0L) - start.getOrDefault(partition, 0L)).sum();
            topics.add(new TopicView(name, own.size(), messages, lagOf(own, start, end, committed)));
        }
        topics.sort(Comparator.comparing(TopicView::name));
        return topics;
    }

    /**
     * Lag of each group that has committed an offset on one of these partitions: the records after its
     * committed position, summed over the partitions. A stopped consumer keeps its committed offsets,
     * so its lag grows while the producers go on, and drains once it is back. A partition of the topic the
     * group has not committed on yet counts from the log start, where our consumers begin (earliest).
     */
    static List<GroupLag> lagOf(List<TopicPartition> partitions, Map<TopicPartition, Long> start,
            Map<TopicPartition, Long> end, Map<String, Map<TopicPartition, OffsetAndMetadata>> committed) {
        List<GroupLag> lags = new ArrayList<>();
        committed.forEach((group, offsets) -> {
            long lag = 0;
            boolean reads = false;
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata position = offsets.get(partition);
                reads |= position != null;
                long from = position != null ? position.offset() : start.getOrDefault(partition, 0L);
                lag += Math.max(0, end.getOrDefault(partition, 0L) - from);
            }
            if (reads) {
                lags.add(new GroupLag(group, lag));
            }
        });
        lags.sort(Comparator.comparing(GroupLag::group));
        return lags;
    }

    private Map<String, Map<TopicPartition, OffsetAndMetadata>> committedOffsets() {
        List<String> groups = kafka.await(kafka.admin().listGroups(ListGroupsOptions.forConsumerGroups()).all()).stream()
                .map(GroupListing::groupId).toList();
        if (groups.isEmpty()) {
            return Map.of();
        }
        Map<String, ListConsumerGroupOffsetsSpec> request = new HashMap<>();
        groups.forEach(group -> request.put(group, new ListConsumerGroupOffsetsSpec()));
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
        kafka.await(kafka.admin().listConsumerGroupOffsets(request).all()).forEach((group, offsets) -> {
            Map<TopicPartition, OffsetAndMetadata> known = new HashMap<>();
            // A partition without a committed offset is reported with a null value.
            offsets.forEach((partition, offset) -> {
                if (offset != null) {
                    known.put(partition, offset);
                }
            });
            committed.put(group, known);
        });
        return committed;
    }
}
