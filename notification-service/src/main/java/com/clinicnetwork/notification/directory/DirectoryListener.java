package com.clinicnetwork.notification.directory;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.directory.LocationState;
import com.clinicnetwork.contracts.directory.TherapistState;
import com.clinicnetwork.contracts.directory.TreatmentState;
import com.clinicnetwork.messaging.inbox.EventReader;
import com.clinicnetwork.messaging.inbox.ProcessedEvents;
import com.clinicnetwork.messaging.inbox.ReceivedEvent;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps {@link DirectoryRepository} up to date from the compacted directory topic. */
@Component
class DirectoryListener {

    static final String CONSUMER = "notification-service.directory";

    private static final Logger log = LoggerFactory.getLogger(DirectoryListener.class);

    private final EventReader reader;
    private final ProcessedEvents processedEvents;
    private final DirectoryRepository directory;

    DirectoryListener(EventReader reader, ProcessedEvents processedEvents, DirectoryRepository directory) {
        this.reader = reader;
        this.processedEvents = processedEvents;
        this.directory = directory;
    }

    @KafkaListener(id = CONSUMER, groupId = CONSUMER, topics = Topics.DIRECTORY)
    @Transactional
    public void onDirectoryEvent(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            // A compaction tombstone carries no state; entries are retired with active=false, which messages ignore.
            return;
        }
        String type = reader.type(record);
        switch (type) {
            case EventTypes.LOCATION_UPSERTED -> apply(reader.read(record, LocationState.class), directory::apply);
            case EventTypes.THERAPIST_UPSERTED -> apply(reader.read(record, TherapistState.class), directory::apply);
            case EventTypes.TREATMENT_UPSERTED -> apply(reader.read(record, TreatmentState.class), directory::apply);
            default -> log.debug("Ignoring directory event type {}", type);
        }
    }

    private <T> void apply(ReceivedEvent<T> event, Predicate<T> change) {
        if (!processedEvents.firstDelivery(CONSUMER, event.id())) {
            return;
        }
        if (!change.test(event.payload())) {
            log.debug("Directory event {} is not newer than the stored entry; ignored", event.id());
        }
    }
}
