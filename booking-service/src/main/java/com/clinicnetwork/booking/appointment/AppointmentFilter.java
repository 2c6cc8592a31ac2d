package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.booking.noshow.Confirmation;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a search asks for, after authorization narrowed it: {@code locationsIn} limits front desk staff to
 * their locations (empty: no such limit).
 */
record AppointmentFilter(Optional<UUID> clientId, Optional<UUID> therapistId, Optional<UUID> locationId,
        Set<UUID> locationsIn, Optional<Instant> from, Optional<Instant> to, Optional<AppointmentStatus> status,
        Optional<Confirmation> confirmation) {
}
