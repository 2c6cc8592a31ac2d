package com.clinicnetwork.therapist.location;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.messaging.outbox.OutboxWriter;
import com.clinicnetwork.messaging.outbox.OutgoingEvent;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import com.clinicnetwork.therapist.web.PageQuery;
import com.clinicnetwork.therapist.web.Paged;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class LocationService {

    private final LocationRepository locations;
    private final OutboxWriter outbox;

    LocationService(LocationRepository locations, OutboxWriter outbox) {
        this.locations = locations;
        this.outbox = outbox;
    }

    @Transactional
    public Location create(UUID id, LocationRequest request) {
        Location location = new Location(id, request.name().strip(), request.address().strip(),
                IanaTimeZone.require("timeZone", request.timeZone()),
                request.active() == null || request.active(), 1);
        locations.insert(location);
        outbox.append(OutgoingEvent.about(Topics.DIRECTORY, EventTypes.LOCATION_UPSERTED, id, location.toState()));
        return location;
    }

    @Transactional(readOnly = true)
    public Location get(UUID id) {
        return locations.findById(id).orElseThrow(() -> ApiProblemException.notFound("Location", id));
    }

    @Transactional(readOnly = true)
    public Paged<Location> list(PageQuery page) {
        return Paged.of(locations.findPage(page), page, locations.count());
    }
}
