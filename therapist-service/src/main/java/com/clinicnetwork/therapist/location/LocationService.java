package com.clinicnetwork.therapist.location;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.messaging.outbox.OutboxWriter;
import com.clinicnetwork.messaging.outbox.OutgoingEvent;
import com.clinicnetwork.servicedefaults.refusal.NotFoundException;
import com.clinicnetwork.servicedefaults.web.PageOf;
import com.clinicnetwork.therapist.RuleViolation;
import com.clinicnetwork.therapist.web.PageQuery;
import com.clinicnetwork.therapist.web.Versions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class LocationService {

    private final LocationRepository locations;
    private final RoomRepository rooms;
    private final OutboxWriter outbox;
    private final Clock clock;

    LocationService(LocationRepository locations, RoomRepository rooms, OutboxWriter outbox, Clock clock) {
        this.locations = locations;
        this.rooms = rooms;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Location create(UUID id, LocationRequest request) {
        Location location = fromRequest(id, request, request.openingHours() == null ? LocationRequest.AROUND_THE_CLOCK
                : request.blocks(), List.of(), 1);
        locations.insert(location);
        return published(location);
    }

    /**
     * Replaces the location, including its opening hours and active flag (deactivating it stops bookings
     * there); its rooms stay as they are. Hours therapists are already scheduled there must stay within the new
     * opening hours.
     *
     * @param expectedVersion the version the caller read (If-Match), or null for any
     */
    @Transactional
    public Location update(UUID id, LocationRequest request, Long expectedVersion) {
        if (request.openingHours() == null) {
            // A replacement without hours would silently open the location around the clock.
            throw new RuleViolation("openingHours", "is required when replacing a location");
        }
        long version = Versions.next("Location", id, locations.lockVersion(id), expectedVersion);
        Location location = fromRequest(id, request, request.blocks(), rooms.byLocation(List.of(id)).getOrDefault(id, List.of()),
                version);
        WeeklyOpeningHours opening = location.weeklyOpeningHours();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(location.timeZone())));
        for (LocationRepository.ScheduledHours hours : locations.scheduledHoursAt(id, today)) {
            if (!opening.covers(hours.dayOfWeek(), hours.startsAt(), hours.endsAt())) {
                throw new RuleViolation("openingHours", "therapist " + hours.therapistId() + " has " + hours.describe()
                        + " here, outside the new opening hours (" + opening.describe(hours.dayOfWeek())
                        + "); change their hours first");
            }
        }
        locations.update(location);
        return published(location);
    }

    @Transactional(readOnly = true)
    public Location get(UUID id) {
        return locations.findById(id).orElseThrow(() -> new NotFoundException("Location", id));
    }

    @Transactional(readOnly = true)
    public PageOf<Location> list(PageQuery page) {
        return page.pageOf(locations.findPage(page), locations.count());
    }

    /** The opening hours of the given locations, for checking therapists' hours against them. */
    @Transactional(readOnly = true)
    public LocationOpeningHours openingHours(Collection<UUID> locationIds) {
        return LocationOpeningHours.of(locations.findAllById(locationIds));
    }

    private static Location fromRequest(UUID id, LocationRequest request, List<OpeningHours> openingHours, List<Room> rooms,
            long version) {
        WeeklyOpeningHours opening = WeeklyOpeningHours.of(openingHours);
        return new Location(id, request.name().strip(), request.address().strip(),
                IanaTimeZone.require("timeZone", request.timeZone()), opening.blocks(), rooms,
                request.active() == null || request.active(), version,
                request.coordinates() == null ? null : request.coordinates().toCoordinates());
    }

    /** Publishes the location's full current state, in the transaction that changed it. */
    Location published(Location location) {
        outbox.append(OutgoingEvent.about(Topics.DIRECTORY, EventTypes.LOCATION_UPSERTED, location.id(), location.toState()));
        return location;
    }
}
