package com.clinicnetwork.web.appointments;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An appointment as the API shows it; reads carry the display names ({@code null} while the booking service does
 * not know a directory entry yet), the answers of changes do not. {@code noShowRisk} is null from an API that does not
 * assess it. {@code roomName} is the room the session is booked into, on reads; null when its treatment needs none.
 */
public record Appointment(UUID id, UUID clientId, UUID therapistId, UUID locationId, UUID treatmentId,
        OffsetDateTime startsAt, OffsetDateTime endsAt, String status, String intakeNotes, long version, UUID seriesId,
        String cancellationReason, Boolean lateCancellation, String therapistName, String treatmentName,
        String locationName, String clientName, String roomName, NoShowRisk noShowRisk) {

    public boolean isBooked() {
        return "BOOKED".equals(status);
    }

    /** Whether the client can still change it: booked and not yet started. */
    public boolean changeableAt(OffsetDateTime now) {
        return isBooked() && startsAt.isAfter(now);
    }

    /** Booked, flagged at risk of a no-show, and its client has not confirmed yet. */
    public boolean awaitsConfirmation() {
        return isBooked() && noShowRisk != null && noShowRisk.isRequested();
    }

    /** Flagged at risk of a no-show, and its client confirmed. */
    public boolean isConfirmedAfterRisk() {
        return noShowRisk != null && noShowRisk.atRisk() && noShowRisk.isConfirmed();
    }

    public boolean isFulfilled() {
        return "FULFILLED".equals(status);
    }
}
