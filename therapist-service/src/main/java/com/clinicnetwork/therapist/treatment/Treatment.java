package com.clinicnetwork.therapist.treatment;

import com.clinicnetwork.contracts.directory.TreatmentState;
import com.clinicnetwork.therapist.location.RoomKind;
import com.clinicnetwork.therapist.specialty.Specialty;
import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something a client can book.
 *
 * @param bufferMinutes time after the session the therapist needs before the next client
 * @param aftercarePlan the home-care plan (stretches, exercises) the client gets after the session
 * @param roomKind      the kind of room a session needs at the location; null when it needs none
 */
public record Treatment(UUID id, String name, int durationMinutes, int bufferMinutes, Specialty requiredSpecialty,
        @Nullable String aftercarePlan, BigDecimal price, boolean active, long version, @Nullable RoomKind roomKind) {

    public TreatmentState toState() {
        return new TreatmentState(id, version, name, durationMinutes, bufferMinutes, requiredSpecialty.name(), aftercarePlan, active,
                price, roomKind == null ? null : roomKind.name());
    }
}
