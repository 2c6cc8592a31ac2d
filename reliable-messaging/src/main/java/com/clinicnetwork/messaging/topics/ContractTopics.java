package com.clinicnetwork.messaging.topics;

import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.messaging.MessagingProperties;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The contract topics with their settings. Every service declares all of them at start-up, so a topic
 * exists with the right settings (compaction for the directory) whichever service starts first,
 * rather than being auto-created with broker defaults by the first consumer.
 */
public final class ContractTopics {

    private ContractTopics() {
    }

    public static List<NewTopic> all(MessagingProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        topics.add(topic(Topics.DIRECTORY, properties).compact().build());
        topics.add(topic(Topics.APPOINTMENTS, properties).build());
        topics.add(topic(Topics.NOTIFICATIONS, properties).build());
        topics.add(topic(Topics.CLIENTS, properties).build());
        for (String topic : List.of(Topics.DIRECTORY, Topics.APPOINTMENTS, Topics.NOTIFICATIONS, Topics.CLIENTS)) {
            topics.add(topic(Topics.deadLetterOf(topic), properties)
                    .config(TopicConfig.RETENTION_MS_CONFIG, Long.toString(30L * 24 * 3600 * 1000))
                    .build());
        }
        return topics;
    }

    private static TopicBuilder topic(String name, MessagingProperties properties) {
        return TopicBuilder.name(name).partitions(properties.partitions()).replicas(properties.replicationFactor());
    }
}
