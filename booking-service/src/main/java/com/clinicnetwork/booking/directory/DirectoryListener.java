package com.clinicnetwork.booking.directory;

import com.clinicnetwork.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Builds the read model from the compacted directory topic. Reading from the earliest offset lets a new
 * deployment (or an emptied database) rebuild the whole directory; failures are retried and then
 * dead-lettered by the shared error handler, so one bad record never blocks its partition.
 */
@Component
class DirectoryListener {

    private final DirectoryProjection projection;

    DirectoryListener(DirectoryProjection projection) {
        this.projection = projection;
    }

    @KafkaListener(id = DirectoryProjection.CONSUMER, groupId = DirectoryProjection.CONSUMER, topics = Topics.DIRECTORY,
            properties = "auto.offset.reset=earliest")
    void onDirectoryEvent(ConsumerRecord<String, String> record) {
        projection.apply(record);
    }
}
