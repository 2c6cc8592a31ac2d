package com.clinicnetwork.therapist.therapist;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.messaging.outbox.OutboxWriter;
import com.clinicnetwork.messaging.outbox.OutgoingEvent;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import com.clinicnetwork.servicedefaults.web.ProblemTypes;
import com.clinicnetwork.therapist.RuleViolation;
import com.clinicnetwork.therapist.location.Location;
import com.clinicnetwork.therapist.location.LocationRepository;
import com.clinicnetwork.therapist.schedule.WeeklySchedule;
import com.clinicnetwork.therapist.schedule.WorkingHoursBlock;
import com.clinicnetwork.therapist.schedule.WorkingHoursRepository;
import com.clinicnetwork.therapist.specialty.Specialty;
import com.clinicnetwork.therapist.treatment.Treatment;
import com.clinicnetwork.therapist.treatment.TreatmentRepository;
import com.clinicnetwork.therapist.web.PageQuery;
import com.clinicnetwork.therapist.web.Paged;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class TherapistService {

    private final TherapistRepository therapists;
    private final LocationRepository locations;
    private final TreatmentRepository treatments;
    private final WorkingHoursRepository workingHours;
    private final OutboxWriter outbox;

    TherapistService(TherapistRepository therapists, LocationRepository locations, TreatmentRepository treatments,
            WorkingHoursRepository workingHours, OutboxWriter outbox) {
        this.therapists = therapists;
        this.locations = locations;
        this.treatments = treatments;
        this.workingHours = workingHours;
        this.outbox = outbox;
    }

    @Transactional
    public TherapistView create(UUID id, TherapistRequest request) {
        Set<Specialty> specialties = EnumSet.noneOf(Specialty.class);
        for (int i = 0; i < request.specialties().size(); i++) {
            specialties.add(Specialty.parse("specialties[" + i + "]", request.specialties().get(i)));
        }
        Set<UUID> locationIds = new LinkedHashSet<>(request.locationIds());
        requireAllExist("locationIds", "location", locationIds, locations.existing(locationIds));
        Set<UUID> treatmentIds = request.treatmentIds() == null ? Set.of() : new LinkedHashSet<>(request.treatmentIds());
        List<Treatment> offered = treatments.findAllById(treatmentIds);
        requireAllExist("treatmentIds", "treatment", treatmentIds, offered.stream().map(Treatment::id).collect(Collectors.toSet()));
        TreatmentEligibility.check(specialties, offered);

        Therapist therapist = new Therapist(id, request.displayName().strip(), blankToNull(request.bio()),
                request.licenceNumber().strip(), specialties, locationIds, treatmentIds, List.of(),
                request.active() == null || request.active(), 1);
        try {
            therapists.insert(therapist);
        } catch (DuplicateKeyException e) {
            throw new ApiProblemException(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Licence number already registered",
                    "Another therapist is registered with this licence number.");
        }
        return published(therapist);
    }

    /** Replaces the therapist's weekly hours as a whole; the new schedule must satisfy {@link WeeklySchedule}. */
    @Transactional
    public TherapistView replaceWorkingHours(UUID id, List<WorkingHoursBlock> blocks) {
        if (!therapists.bumpVersion(id)) {
            throw ApiProblemException.notFound("Therapist", id);
        }
        Therapist therapist = load(id);
        workingHours.replace(id, WeeklySchedule.of(blocks, therapist.locationIds()));
        return published(load(id));
    }

    @Transactional(readOnly = true)
    public TherapistView get(UUID id) {
        return views(List.of(load(id))).get(0);
    }

    @Transactional(readOnly = true)
    public Paged<TherapistView> search(TherapistSearch search, PageQuery page) {
        List<Therapist> found = therapists.findAllById(therapists.search(search, page));
        return Paged.of(views(found), page, therapists.count(search));
    }

    private Therapist load(UUID id) {
        return therapists.findById(id).orElseThrow(() -> ApiProblemException.notFound("Therapist", id));
    }

    /** Appends the therapist's full current state to the outbox, in the caller's transaction. */
    private TherapistView published(Therapist therapist) {
        outbox.append(OutgoingEvent.about(Topics.DIRECTORY, EventTypes.THERAPIST_UPSERTED, therapist.id(), therapist.toState()));
        return views(List.of(therapist)).get(0);
    }

    private List<TherapistView> views(List<Therapist> found) {
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
                        t.workingHours(), t.active(), t.version()))
                .toList();
    }

    private static void requireAllExist(String field, String what, Collection<UUID> requested, Set<UUID> existing) {
        for (UUID id : requested) {
            if (!existing.contains(id)) {
                throw new RuleViolation(field, "unknown " + what + " " + id);
            }
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
