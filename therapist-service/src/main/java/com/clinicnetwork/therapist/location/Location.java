package com.clinicnetwork.therapist.location;

import com.clinicnetwork.contracts.directory.LocationState;
import java.util.UUID;

/** A clinic location of the chain; {@code timeZone} is the IANA zone its working hours are in. */
public record Location(UUID id, String name, String address, String timeZone, boolean active, long version) {

    public LocationState toState() {
        return new LocationState(id, version, name, address, timeZone, active);
    }
}
