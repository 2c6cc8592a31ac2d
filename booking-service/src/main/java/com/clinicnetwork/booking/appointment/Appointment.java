package com.clinicnetwork.booking.appointment;

import java.time.Instant;
import java.util.UUID;

public record Appointment(
        UUID id,
        UUID clientId,
        UUID therapistId,
        UUID locationId,
        UUID treatmentId,
        Instant startsAt,
        Instant endsAt,
        Instant blockedUntil,
        AppointmentStatus status,
        String intakeNotes,
        long version,
        Instant createdAt) {

    static Appointment booked(UUID id, UUID clientId, UUID locationId, UUID treatmentId, Slot slot, String intakeNotes,
            Instant now) {
        return new Appointment(id, clientId, slot.therapistId(), locationId, treatmentId, slot.startsAt(), slot.endsAt(),
                slot.blockedUntil(), AppointmentStatus.BOOKED, intakeNotes, 1, now);
    }
}
