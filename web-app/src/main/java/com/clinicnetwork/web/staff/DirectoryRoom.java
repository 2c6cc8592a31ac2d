package com.clinicnetwork.web.staff;

import java.util.UUID;

/**
 * A room of a location (a treatment table or a gym area) that sessions are booked into besides a therapist.
 *
 * @param kind   {@code TREATMENT_TABLE} or {@code GYM_AREA}
 * @param active whether new sessions are booked into it; rooms are deactivated, never deleted
 */
public record DirectoryRoom(UUID id, UUID locationId, String name, String kind, boolean active, long version) {
}
