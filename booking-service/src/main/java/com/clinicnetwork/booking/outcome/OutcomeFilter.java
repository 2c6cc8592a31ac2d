package com.clinicnetwork.booking.outcome;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Which answered sessions the outcome report counts: starting in [from, to), at the location, of the treatment. */
record OutcomeFilter(Optional<Instant> from, Optional<Instant> to, Optional<UUID> locationId, Optional<UUID> treatmentId) {
}
