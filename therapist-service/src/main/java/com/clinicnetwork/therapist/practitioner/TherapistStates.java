package com.clinicnetwork.therapist.practitioner;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.messaging.outbox.OutboxWriter;
import com.clinicnetwork.messaging.outbox.OutgoingEvent;
import com.clinicnetwork.servicedefaults.refusal.NotFoundException;
import com.clinicnetwork.therapist.location.Location;
import com.clinicnetwork.therapist.location.LocationRepository;
import com.clinicnetwork.therapist.specialty.Specialty;
import com.clinicnetwork.therapist.treatment.Treatment;
import com.clinicnetwork.therapist.treatment.TreatmentRepository;
import com.clinicnetwork.therapist.web.Versions;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Loading, locking and publishing a therapist: what every change of a therapist starts and ends with. */
@Component
class TherapistStates {

    private final TherapistRepository therapists;
    private final LocationRepository locations;
    private final TreatmentRepository treatments;
    private final OutboxWriter outbox;

    TherapistStates(TherapistRepository therapists, LocationRepository locations, TreatmentRepository treatments,
            OutboxWriter outbox) {
        this.therapists = therapists;
        this.locations = locations;
        this.treatments = treatments;
        this.outbox = outbox;
    }

    /**
     * Locks the therapist for a change and checks the caller's expected version.
     *
     * @return the version the change gets
     */
    long lock(UUID id, Long expectedVersion) {
        return Versions.next("Therapist", id, therapists.lockVersion(id), expectedVersion);
    }

    Therapist load(UUID id) {
        return therapists.findById(id).orElseThrow(() -> new NotFoundException("Therapist", id));
    }

    /** Sets the version of a therapist whose schedule changed, then publishes its full state. */
    TherapistView publishScheduleChange(UUID id, long version) {
        therapists.setVersion(id, version);
        return publish(load(id));
    }

    /** Appends the therapist's full current state to the outbox, in the caller's transaction. */
    TherapistView publish(Therapist therapist) {
        outbox.append(OutgoingEvent.about(Topics.DIRECTORY, EventTypes.THERAPIST_UPSERTED, therapist.id(), therapist.toState()));
        return views(List.of(therapist)).get(0);
    }

    List<TherapistView> views(List<Therapist> found) {
        Map<UUID, Location> locationsById = locations.findAllById(found.stream()
                        .flatMap(t -> t.locationIds().stream()).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Location::id, Function.identity()));
        Map<UUID, Treatment> treatmentsById = treatments.findAllById(found.stream()
                        .flatMap(t -> t.treatmentIds().stream()).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Treatment::id, Function.identity()));
        return found.stream().map(t -> new TherapistView(t.id(), t.displayName(), t.bio(), t.licenceNumber(),
                        t.specialties().stream().map(Specialty::name).toList(),
                        t.locationIds().stream().map(locationsById::get)
                                .map(l -> new TherapistView.LocationSummary(l.id(), l.name(), l.timeZone())).toList(),
                        t.treatmentIds().stream().map(treatmentsById::get)
                                .map(o -> new TherapistView.TreatmentSummary(o.id(), o.name(), o.durationMinutes(), o.price()))
                                .toList(),
                        t.workingHours(), t.timeOff(), t.extraHours(), t.active(), t.version(), t.email()))
                .toList();
    }
}
