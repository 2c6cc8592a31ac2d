package com.clinicnetwork.contracts.appointment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Payload of {@code waitlist.offer-made}, published on {@code clinic.appointments.v1} keyed by the offer
 * id: a freed slot held for one waitlisted client until {@code holdUntil}.
 *
 * @param locationId  where the held session is: the slot's location, which for a client waiting across nearby locations
 *                    may be any location within their reach
 * @param treatmentId the held session's treatment
 */
public record WaitlistOfferMade(
        @NotNull UUID offerId,
        @NotNull UUID waitlistEntryId,
        @NotNull UUID clientId,
        @NotNull UUID therapistId,
        @NotNull UUID locationId,
        @NotNull UUID treatmentId,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        @NotNull OffsetDateTime holdUntil,
        @NotNull @Valid ClientContact client) {
}
