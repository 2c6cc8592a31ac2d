package com.clinicnetwork.notification.directory;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.directory.LocationState;
import com.clinicnetwork.contracts.directory.TherapistState;
import com.clinicnetwork.contracts.directory.TreatmentState;
import com.clinicnetwork.messaging.inbox.EventConsumer;
import com.clinicnetwork.messaging.inbox.EventConsumer.OffsetReset;
import com.clinicnetwork.messaging.inbox.EventHandler;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps {@link DirectoryRepository} up to date from the compacted directory topic (reliable-messaging's event consumer:
 * each event applied once, in the transaction that records it; other event types and tombstones skipped). Reading from
 * the earliest offset lets a new deployment (or an emptied database) rebuild the copy; entries are retired with
 * {@code active=false}, never with a tombstone.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryConsumer {

    static final String NAME = "notification-service.directory";

    private static final Logger log = LoggerFactory.getLogger(DirectoryConsumer.class);

    @Bean
    EventConsumer directoryEvents(DirectoryRepository directory) {
        return EventConsumer.builder(NAME, Topics.DIRECTORY, OffsetReset.EARLIEST)
                .on(EventTypes.LOCATION_UPSERTED, LocationState.class, upsert(directory::apply))
                .on(EventTypes.THERAPIST_UPSERTED, TherapistState.class, upsert(directory::apply))
                .on(EventTypes.TREATMENT_UPSERTED, TreatmentState.class, upsert(directory::apply))
                .build();
    }

    /** Stores the event's state unless the copy already has that version or a newer one. */
    private static <T> EventHandler<T> upsert(Predicate<T> apply) {
        return event -> {
            if (!apply.test(event.payload())) {
                log.debug("Directory event {} is not newer than the stored entry; ignored", event.id());
            }
        };
    }
}
