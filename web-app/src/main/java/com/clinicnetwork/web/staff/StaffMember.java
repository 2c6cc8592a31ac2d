package com.clinicnetwork.web.staff;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who a signed-in staff member is to the platform, as their access token says: the therapist they are
 * ({@code therapist_id}) and the locations they work at ({@code location_ids}). A controller takes it as a
 * parameter. It only chooses what a screen offers (which locations to pick from); the API decides every call again.
 */
public record StaffMember(Optional<UUID> therapistId, List<UUID> locationIds) {

    public StaffMember {
        locationIds = List.copyOf(locationIds);
    }

    public static StaffMember none() {
        return new StaffMember(Optional.empty(), List.of());
    }

    public boolean worksAt(UUID locationId) {
        return locationIds.contains(locationId);
    }
}
