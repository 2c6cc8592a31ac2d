package com.clinicnetwork.booking.directory;

import java.time.Instant;
import java.util.UUID;

/** A period in which a therapist sees no clients at any location; it overrides weekly and extra hours. */
public record TimeOff(UUID id, Instant startsAt, Instant endsAt) {
}
