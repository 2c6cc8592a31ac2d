package com.clinicnetwork.booking.fhir;

import com.clinicnetwork.booking.fhir.DirectoryRecords.Page;
import com.clinicnetwork.booking.fhir.DirectoryRecords.ScheduleRecord;
import com.clinicnetwork.booking.policy.BookingPolicy;
import com.clinicnetwork.booking.policy.BookingPolicyRepository;
import com.clinicnetwork.servicedefaults.refusal.InvalidValueException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ResourceType;
import org.springframework.stereotype.Service;

/**
 * The directory as FHIR: therapists as Practitioners, locations as Locations, treatments as HealthcareServices and a
 * Schedule per therapist and location. The directory is no secret from anyone signed in (booking needs it), so every
 * caller gets all of it.
 */
@Service
class DirectoryExport {

    private final DirectoryRecords records;
    private final BookingPolicyRepository policies;
    private final Clock clock;

    DirectoryExport(DirectoryRecords records, BookingPolicyRepository policies, Clock clock) {
        this.records = records;
        this.policies = policies;
        this.clock = clock;
    }

    Found practitioners(SearchParameters search, int count, long offset) {
        return byId(search, id -> found(records.therapists(id, offset, count), R4Resources::practitioner));
    }

    Optional<Resource> practitioner(String id) {
        return read(id, uuid -> found(records.therapists(Optional.of(uuid), 0, 1), R4Resources::practitioner));
    }

    Found locations(SearchParameters search, int count, long offset) {
        return byId(search, id -> found(records.locations(id, offset, count), R4Resources::location));
    }

    Optional<Resource> location(String id) {
        return read(id, uuid -> found(records.locations(Optional.of(uuid), 0, 1), R4Resources::location));
    }

    Found healthcareServices(SearchParameters search, int count, long offset) {
        Optional<UUID> location = search.reference("location", ResourceType.Location.name());
        return byId(search, id -> found(records.treatments(id, location, offset, count), R4Resources::healthcareService));
    }

    Optional<Resource> healthcareService(String id) {
        return read(id, uuid -> found(records.treatments(Optional.of(uuid), Optional.empty(), 0, 1),
                R4Resources::healthcareService));
    }

    /** {@code actor} may name a Practitioner and a Location (the parameter twice); two different ones of a kind match nothing. */
    Found schedules(SearchParameters search, int count, long offset) {
        Optional<String> scheduleId = search.single(SearchParameters.ID);
        Optional<FhirIds.ScheduleKey> byId = scheduleId.flatMap(FhirIds::schedule);
        if (scheduleId.isPresent() && byId.isEmpty()) {
            return Found.NOTHING;
        }
        Optional<UUID> therapist = byId.map(FhirIds.ScheduleKey::therapistId);
        Optional<UUID> location = byId.map(FhirIds.ScheduleKey::locationId);
        for (String actor : search.all("actor")) {
            String type = actor.contains("/") ? actor.substring(0, actor.indexOf('/')) : "";
            if (type.equals(ResourceType.Practitioner.name())) {
                UUID named = SearchParameters.referencedId("actor", type, actor);
                if (therapist.filter(id -> !id.equals(named)).isPresent()) {
                    return Found.NOTHING;
                }
                therapist = Optional.of(named);
            } else if (type.equals(ResourceType.Location.name())) {
                UUID named = SearchParameters.referencedId("actor", type, actor);
                if (location.filter(id -> !id.equals(named)).isPresent()) {
                    return Found.NOTHING;
                }
                location = Optional.of(named);
            } else {
                throw new InvalidValueException("actor", "must be Practitioner/<id> or Location/<id>");
            }
        }
        return schedulesOf(records.schedules(therapist, location, offset, count));
    }

    Optional<Resource> schedule(String id) {
        return FhirIds.schedule(id).flatMap(key -> schedulesOf(records.schedules(Optional.of(key.therapistId()),
                Optional.of(key.locationId()), 0, 1)).resources().stream().findFirst().map(Resource.class::cast));
    }

    /** Each planning horizon is the location's booking window as of now: what a booking made now could take. */
    private Found schedulesOf(Page<ScheduleRecord> page) {
        Instant now = clock.instant();
        Map<UUID, BookingPolicy> policyAt = new HashMap<>();
        return new Found(page.items().stream().map(schedule -> {
            BookingPolicy policy = policyAt.computeIfAbsent(schedule.location().id(), policies::policyAt);
            return R4Resources.schedule(schedule, policy.earliestStart(now), policy.startsBefore(now));
        }).toList(), page.total());
    }

    /** Searches by {@code _id}, if given: an id that is none of ours matches nothing. */
    private static Found byId(SearchParameters search, Function<Optional<UUID>, Found> find) {
        Optional<String> id = search.single(SearchParameters.ID);
        if (id.isEmpty()) {
            return find.apply(Optional.empty());
        }
        return uuid(id.get()).map(uuid -> find.apply(Optional.of(uuid))).orElse(Found.NOTHING);
    }

    private static Optional<Resource> read(String id, Function<UUID, Found> find) {
        return uuid(id).flatMap(uuid -> find.apply(uuid).resources().stream().findFirst().map(Resource.class::cast));
    }

    static Optional<UUID> uuid(String id) {
        if (id.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    private static <T> Found found(Page<T> page, Function<T, ? extends Resource> resource) {
        List<? extends Resource> resources = page.items().stream().map(resource).toList();
        return new Found(resources, page.total());
    }
}
