package com.clinicnetwork.booking.directory;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.directory.LocationState;
import com.clinicnetwork.contracts.directory.TherapistState;
import com.clinicnetwork.contracts.directory.TreatmentState;
import com.clinicnetwork.messaging.inbox.EventConsumer;
import com.clinicnetwork.messaging.inbox.EventConsumer.OffsetReset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the read model from the compacted directory topic (reliable-messaging's event consumer: each event applied
 * once, in the transaction that records it; other event types and tombstones skipped). Reading from the earliest
 * offset lets a new deployment (or an emptied database) rebuild the whole directory; failures are retried and then
 * dead-lettered by the shared error handler, so one bad record never blocks its partition.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryConsumer {

    static final String NAME = "booking-service.directory";

    @Bean
    EventConsumer directoryEvents(DirectoryProjection projection) {
        return EventConsumer.builder(NAME, Topics.DIRECTORY, OffsetReset.EARLIEST)
                .on(EventTypes.LOCATION_UPSERTED, LocationState.class, projection::applyLocation)
                .on(EventTypes.TREATMENT_UPSERTED, TreatmentState.class, projection::applyTreatment)
                .on(EventTypes.THERAPIST_UPSERTED, TherapistState.class, projection::applyTherapist)
                .build();
    }
}
