package com.clinicnetwork.web.staff;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An appointment as the API shows it to staff, with the display names of the list read. {@code clientName} is
 * null where the caller may not read the client (the API decides); {@code intakeNotes} only as the API returns them.
 */
public record StaffAppointment(UUID id, UUID clientId, UUID therapistId, UUID locationId, UUID treatmentId,
        OffsetDateTime startsAt, OffsetDateTime endsAt, String status, String intakeNotes, long version, UUID seriesId,
        String therapistName, String treatmentName, String locationName, String clientName) {

    public static final String BOOKED = "BOOKED";
    public static final String CHECKED_IN = "CHECKED_IN";
    public static final String CANCELLED = "CANCELLED";

    /** The entity tag of the version read, for {@code If-Match} on a change. */
    public String etag() {
        return Etags.of(version);
    }

    public boolean isBooked() {
        return BOOKED.equals(status);
    }

    public boolean isCheckedIn() {
        return CHECKED_IN.equals(status);
    }

    public boolean isCancelled() {
        return CANCELLED.equals(status);
    }

    public boolean hasIntakeNotes() {
        return intakeNotes != null && !intakeNotes.isBlank();
    }
}
