package com.clinicnetwork.therapist.schedule;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A period in which the therapist sees no clients at any location; times in UTC. */
public record TimeOff(UUID id, OffsetDateTime startsAt, OffsetDateTime endsAt) {

    public boolean overlaps(TimeOff other) {
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }

    public com.clinicnetwork.contracts.directory.TimeOff toContract() {
        return new com.clinicnetwork.contracts.directory.TimeOff(id, startsAt, endsAt);
    }
}
