package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.booking.availability.AvailabilityService;
import com.clinicnetwork.booking.directory.DirectoryRepository;
import com.clinicnetwork.booking.directory.Location;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Loads a command's {@link BookingContext} from the directory read model: the location, the treatment and the therapist
 * once each, judged by {@link BookingRules#bookable}, then the therapist's schedule around all the wanted starts, built
 * as a search of free slots builds it, so a booking takes exactly the times a search offers.
 */
@Component
public class BookingContextLoader {

    private final DirectoryRepository directory;
    private final AvailabilityService availability;

    BookingContextLoader(DirectoryRepository directory, AvailabilityService availability) {
        this.directory = directory;
        this.availability = availability;
    }

    /** @throws BookingRejectedException if the three cannot be booked together */
    public BookingContext load(UUID locationId, UUID treatmentId, UUID therapistId, Collection<Instant> starts) {
        return load(locationId, directory.findLocation(locationId), treatmentId, therapistId, starts);
    }

    /** The same, for a command that has read the location already. */
    public BookingContext load(Location location, UUID treatmentId, UUID therapistId, Collection<Instant> starts) {
        return load(location.id(), Optional.of(location), treatmentId, therapistId, starts);
    }

    private BookingContext load(UUID locationId, Optional<Location> location, UUID treatmentId, UUID therapistId,
            Collection<Instant> starts) {
        BookingParties parties = BookingRules.bookable(locationId, location, treatmentId, directory.findTreatment(treatmentId),
                therapistId, directory.findTherapist(therapistId));
        return new BookingContext(parties,
                availability.scheduleAround(parties.location(), parties.therapist(), parties.spanOf(starts)));
    }
}
