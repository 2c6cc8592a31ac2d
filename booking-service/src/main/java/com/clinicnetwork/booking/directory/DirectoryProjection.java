package com.clinicnetwork.booking.directory;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.directory.ExtraHours;
import com.clinicnetwork.contracts.directory.LocationState;
import com.clinicnetwork.contracts.directory.OpeningHours;
import com.clinicnetwork.contracts.directory.TherapistState;
import com.clinicnetwork.contracts.directory.TimeOff;
import com.clinicnetwork.contracts.directory.TreatmentState;
import com.clinicnetwork.contracts.directory.WeeklyWorkingHours;
import com.clinicnetwork.messaging.inbox.EventReader;
import com.clinicnetwork.messaging.inbox.InvalidEventException;
import com.clinicnetwork.messaging.inbox.ProcessedEvents;
import com.clinicnetwork.messaging.inbox.ReceivedEvent;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one directory event to the read model. The processed-event mark and the upsert share one
 * transaction, so a redelivery after a crash is recognised and a failed upsert leaves no mark behind.
 */
@Component
class DirectoryProjection {

    static final String CONSUMER = "booking-service.directory";

    private static final Logger log = LoggerFactory.getLogger(DirectoryProjection.class);

    private final EventReader reader;
    private final ProcessedEvents processedEvents;
    private final DirectoryRepository directory;

    DirectoryProjection(EventReader reader, ProcessedEvents processedEvents, DirectoryRepository directory) {
        this.reader = reader;
        this.processedEvents = processedEvents;
        this.directory = directory;
    }

    @Transactional
    public void apply(ConsumerRecord<String, String> record) {
        String type = reader.type(record);
        switch (type) {
            case EventTypes.LOCATION_UPSERTED -> apply(reader.read(record, LocationState.class),
                    DirectoryProjection::requireValidLocation, directory::upsert);
            case EventTypes.TREATMENT_UPSERTED -> apply(reader.read(record, TreatmentState.class),
                    treatment -> { }, directory::upsert);
            case EventTypes.THERAPIST_UPSERTED -> apply(reader.read(record, TherapistState.class),
                    DirectoryProjection::requireValidSchedule, directory::upsert);
            // Newer producers may add event types to the topic; this consumer has no use for them.
            default -> log.debug("Skipping directory event of type {}", type);
        }
    }

    private <T> void apply(ReceivedEvent<T> event, Consumer<T> validate, Predicate<T> upsert) {
        validate.accept(event.payload());
        if (!processedEvents.firstDelivery(CONSUMER, event.id())) {
            log.debug("Event {} was already applied", event.id());
            return;
        }
        boolean applied = upsert.test(event.payload());
        log.debug("Event {} ({} about {}) {}", event.id(), event.type(), event.subject(),
                applied ? "applied" : "ignored: not newer than the stored state");
    }

    private static void requireValidLocation(LocationState location) {
        try {
            ZoneId.of(location.timeZone());
        } catch (DateTimeException e) {
            throw new InvalidEventException("Location " + location.id() + " has an unknown time zone " + location.timeZone(), e);
        }
        for (OpeningHours block : location.openingHours()) {
            if (!block.opensAt().isBefore(block.closesAt())) {
                throw new InvalidEventException("Location " + location.id() + " has opening hours that close before they open");
            }
        }
    }

    private static void requireValidSchedule(TherapistState therapist) {
        for (WeeklyWorkingHours block : therapist.workingHours()) {
            if (!block.startsAt().isBefore(block.endsAt())) {
                throw new InvalidEventException("Therapist " + therapist.id() + " has working hours that end before they start");
            }
        }
        for (TimeOff away : therapist.timeOff()) {
            if (!away.startsAt().isBefore(away.endsAt())) {
                throw new InvalidEventException("Therapist " + therapist.id() + " has time off that ends before it starts");
            }
        }
        for (ExtraHours extra : therapist.extraHours()) {
            if (!extra.startsAt().isBefore(extra.endsAt())) {
                throw new InvalidEventException("Therapist " + therapist.id() + " has extra hours that end before they start");
            }
        }
    }
}
