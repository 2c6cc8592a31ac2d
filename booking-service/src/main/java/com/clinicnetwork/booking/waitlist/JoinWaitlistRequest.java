package com.clinicnetwork.booking.waitlist;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * @param clientId    whom for; clients may leave it out (themselves)
 * @param therapistId one therapist only, or null for anyone at the location who offers the treatment
 * @param windowStart earliest start the client can make, ISO-8601 with offset
 * @param windowEnd   latest end the client can make
 * @param intakeNotes what the client wants the therapist to know beforehand, as at booking: the appointment booked from
 *                    an accepted offer carries them; never leaves this service in events
 */
public record JoinWaitlistRequest(@Nullable UUID clientId, @NotNull UUID locationId, @NotNull UUID treatmentId, @Nullable UUID therapistId,
        @NotNull OffsetDateTime windowStart, @NotNull OffsetDateTime windowEnd, @Size(max = 2000) @Nullable String intakeNotes) {
}
