package com.clinicnetwork.booking.directory;

import com.clinicnetwork.contracts.directory.ExtraHours;
import com.clinicnetwork.contracts.directory.LocationState;
import com.clinicnetwork.contracts.directory.OpeningHours;
import com.clinicnetwork.contracts.directory.Room;
import com.clinicnetwork.contracts.directory.TherapistState;
import com.clinicnetwork.contracts.directory.TimeOff;
import com.clinicnetwork.contracts.directory.TreatmentState;
import com.clinicnetwork.contracts.directory.WeeklyWorkingHours;
import com.clinicnetwork.messaging.inbox.InvalidEventException;
import com.clinicnetwork.messaging.inbox.ReceivedEvent;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies directory events to the read model, each newer version replacing the stored state and an older one
 * arriving late changing nothing. Called by {@link DirectoryConsumer}'s event consumer once per event, in the
 * transaction that records it as processed. Contradictions Bean Validation cannot see (an unknown time zone, hours
 * that end before they start) make an event unusable: it is dead-lettered and nothing is stored.
 */
@Component
class DirectoryProjection {

    private static final Logger log = LoggerFactory.getLogger(DirectoryProjection.class);

    private final DirectoryRepository directory;

    DirectoryProjection(DirectoryRepository directory) {
        this.directory = directory;
    }

    void applyLocation(ReceivedEvent<LocationState> event) {
        requireValidLocation(event.payload());
        logOutcome(event, directory.upsert(event.payload()));
    }

    void applyTreatment(ReceivedEvent<TreatmentState> event) {
        logOutcome(event, directory.upsert(event.payload()));
    }

    void applyTherapist(ReceivedEvent<TherapistState> event) {
        requireValidSchedule(event.payload());
        logOutcome(event, directory.upsert(event.payload()));
    }

    private static void logOutcome(ReceivedEvent<?> event, boolean applied) {
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
        if (location.rooms().stream().map(Room::id).distinct().count() != location.rooms().size()) {
            throw new InvalidEventException("Location " + location.id() + " lists a room twice");
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
