package com.clinicnetwork.booking.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything booking-service holds about one client (GDPR art. 15), as the client's export shows it.
 *
 * @param aftercareCheckIns the client's answers to the check-in after their sessions, by session start
 * @param auditEvents       who (by role, not by name) read or changed the client's record, appointments or check-in
 *                          answers, when and how; the staff member's identity and address are theirs, not the client's,
 *                          and stay out
 */
public record BookingExport(
        ExportedClient client,
        ClientConsents consents,
        List<ExportedAppointment> appointments,
        List<ExportedCourse> courses,
        List<ExportedWaitlistEntry> waitlistEntries,
        List<ExportedCheckIn> aftercareCheckIns,
        List<ExportedAuditEvent> auditEvents) {

    public record ExportedClient(UUID id, String firstName, String lastName, String email, String phone, String timeZone,
            String locale, UUID registeredLocationId, Instant createdAt, Instant erasedAt) {
    }

    /**
     * @param riskNoShows           the no-shows within {@code riskWithinMonths} months that flagged the booking at risk of a
     *                              no-show; null when not a reason (the same for the late cancellations)
     * @param riskDaysAhead         how many days ahead it was booked, when that was a reason
     * @param confirmation          whether the client was asked to confirm they will come ({@code REQUESTED}), and did
     *                              ({@code CONFIRMED}); {@code NOT_REQUESTED} when not at risk
     */
    public record ExportedAppointment(UUID id, UUID therapistId, UUID locationId, UUID treatmentId, Instant startsAt,
            Instant endsAt, String status, String intakeNotes, String cancellationReason, Boolean lateCancellation,
            UUID seriesId, Integer riskNoShows, Integer riskLateCancellations, Integer riskDaysAhead,
            Integer riskWithinMonths, String confirmation, Instant createdAt, Instant updatedAt) {
    }

    public record ExportedCourse(UUID id, UUID therapistId, UUID locationId, UUID treatmentId, int intervalWeeks,
            int occurrences, Instant createdAt) {
    }

    /**
     * @param specialty      waiting across nearby locations: the specialty wanted, with the area ({@code nearLocationId} or
     *                       the coordinates, and {@code radiusKm}); null when waiting at one location
     */
    public record ExportedWaitlistEntry(UUID id, UUID locationId, UUID treatmentId, UUID therapistId, String specialty,
            UUID nearLocationId, Double latitude, Double longitude, Integer radiusKm, Instant windowStart,
            Instant windowEnd, String intakeNotes, String status, Instant createdAt, List<ExportedOffer> offers) {

        ExportedWaitlistEntry withOffers(List<ExportedOffer> madeToIt) {
            return new ExportedWaitlistEntry(id, locationId, treatmentId, therapistId, specialty, nearLocationId, latitude,
                    longitude, radiusKm, windowStart, windowEnd, intakeNotes, status, createdAt, madeToIt);
        }
    }

    public record ExportedOffer(UUID id, UUID entryId, UUID therapistId, UUID locationId, UUID treatmentId, Instant startsAt,
            Instant endsAt, Instant holdUntil, String status, UUID appointmentId, Instant createdAt) {
    }

    public record ExportedCheckIn(UUID appointmentId, int score, String comment, Instant answeredAt) {
    }

    public record ExportedAuditEvent(Instant occurredAt, String roles, String method, String path, String recordType,
            String recordId, int status) {
    }
}
