package com.clinicnetwork.web.appointments;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An appointment as the API shows it; reads carry the display names ({@code null} while the booking service does
 * not know a directory entry yet), the answers of changes do not.
 */
public record Appointment(UUID id, UUID clientId, UUID therapistId, UUID locationId, UUID treatmentId,
        OffsetDateTime startsAt, OffsetDateTime endsAt, String status, String intakeNotes, long version, UUID seriesId,
        String cancellationReason, Boolean lateCancellation, String therapistName, String treatmentName,
        String locationName, String clientName) {

    public boolean isBooked() {
        return "BOOKED".equals(status);
    }

    /** Whether the client can still change it: booked and not yet started. */
    public boolean changeableAt(OffsetDateTime now) {
        return isBooked() && startsAt.isAfter(now);
    }

    public boolean isFulfilled() {
        return "FULFILLED".equals(status);
    }
}
