package com.clinicnetwork.therapist.practitioner;

import com.clinicnetwork.servicedefaults.refusal.NotPermittedException;
import com.clinicnetwork.servicedefaults.refusal.StateConflictException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.web.PageOf;
import com.clinicnetwork.servicedefaults.web.ProblemTypes;
import com.clinicnetwork.therapist.RuleViolation;
import com.clinicnetwork.therapist.location.LocationRepository;
import com.clinicnetwork.therapist.location.LocationService;
import com.clinicnetwork.therapist.schedule.ExtraHours;
import com.clinicnetwork.therapist.schedule.WeeklySchedule;
import com.clinicnetwork.therapist.schedule.WorkingHoursBlock;
import com.clinicnetwork.therapist.schedule.WorkingHoursRepository;
import com.clinicnetwork.therapist.specialty.Specialty;
import com.clinicnetwork.therapist.treatment.Treatment;
import com.clinicnetwork.therapist.treatment.TreatmentRepository;
import com.clinicnetwork.therapist.web.PageQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class TherapistService {

    private final TherapistRepository therapists;
    private final TherapistStates states;
    private final LocationRepository locations;
    private final LocationService locationService;
    private final TreatmentRepository treatments;
    private final WorkingHoursRepository workingHours;
    private final Clock clock;

    TherapistService(TherapistRepository therapists, TherapistStates states, LocationRepository locations,
            LocationService locationService, TreatmentRepository treatments, WorkingHoursRepository workingHours, Clock clock) {
        this.therapists = therapists;
        this.states = states;
        this.locations = locations;
        this.locationService = locationService;
        this.treatments = treatments;
        this.workingHours = workingHours;
        this.clock = clock;
    }

    @Transactional
    public TherapistView create(UUID id, TherapistRequest request) {
        Therapist therapist = profile(id, request, 1);
        try {
            therapists.insert(therapist);
        } catch (DuplicateKeyException e) {
            throw licenceTaken();
        }
        return states.publish(therapist);
    }

    /**
     * Replaces the therapist's profile: name, bio, licence, specialties, locations, treatments, active flag, email.
     * A therapist may send their own profile with a new bio and nothing else changed; only admins change the rest.
     * A location can only be dropped once the therapist has no hours there.
     *
     * @param expectedVersion the version the caller read (If-Match), or null for any
     */
    @Transactional
    public TherapistView update(UUID id, TherapistRequest request, Long expectedVersion, ClinicUser user) {
        TherapistAccess.requireAdminOrSelf(user, id);
        long version = states.lock(id, expectedVersion);
        Therapist current = states.load(id);
        Therapist changed = current.withProfile(profile(id, request, version));
        if (!TherapistAccess.isAdmin(user) && current.differsBeyondBio(changed)) {
            throw new NotPermittedException("A therapist may change only their own bio; ask a clinic admin for anything else.");
        }
        Set<UUID> dropped = new HashSet<>(current.locationIds());
        dropped.removeAll(changed.locationIds());
        Set<UUID> stillScheduled = therapists.locationsWithHours(id, dropped);
        if (!stillScheduled.isEmpty()) {
            throw new RuleViolation("locationIds", "the therapist still has working or extra hours at " + stillScheduled
                    + "; remove those hours first");
        }
        try {
            therapists.updateProfile(changed);
        } catch (DuplicateKeyException e) {
            throw licenceTaken();
        }
        return states.publish(changed);
    }

    /**
     * Replaces the therapist's weekly hours as a whole; the new schedule must satisfy {@link WeeklySchedule},
     * lie within the opening hours of its locations and not clash with upcoming extra hours elsewhere.
     *
     * @param expectedVersion the version the caller read (If-Match), or null for any
     */
    @Transactional
    public TherapistView replaceWorkingHours(UUID id, List<WorkingHoursBlock> blocks, Long expectedVersion) {
        long version = states.lock(id, expectedVersion);
        Therapist therapist = states.load(id);
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        List<ExtraHours> upcoming = therapist.extraHours().stream().filter(extra -> extra.date().isAfter(yesterday)).toList();
        WeeklySchedule schedule = WeeklySchedule.of(blocks, therapist.locationIds(),
                        locationService.openingHours(therapist.locationIds()))
                .requireNoClashWith(upcoming);
        workingHours.replace(id, schedule);
        return states.publishScheduleChange(id, version);
    }

    @Transactional(readOnly = true)
    public TherapistView get(UUID id) {
        return states.views(List.of(states.load(id))).get(0);
    }

    @Transactional(readOnly = true)
    public PageOf<TherapistView> search(TherapistSearch search, TherapistSort sort, PageQuery page) {
        List<Therapist> found = therapists.findAllById(therapists.search(search, sort, page));
        return page.pageOf(states.views(found), therapists.count(search));
    }

    /** The profile the request describes, validated; the schedule is empty. */
    private Therapist profile(UUID id, TherapistRequest request, long version) {
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
        return new Therapist(id, request.displayName().strip(), blankToNull(request.bio()), request.licenceNumber().strip(),
                specialties, locationIds, treatmentIds, List.of(), List.of(), List.of(),
                request.active() == null || request.active(), version, TherapistEmail.parse("email", request.email()));
    }

    private static StateConflictException licenceTaken() {
        return new StateConflictException(ProblemTypes.CONFLICT, "Licence number already registered",
                "Another therapist is registered with this licence number.");
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
