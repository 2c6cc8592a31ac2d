package com.clinicnetwork.notification.history;

import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.security.Role;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which notifications a caller may see, and of which the recipient. Clients see their own, front desk
 * the notifications of the locations they work at, clinic admins all of them. Operators see every
 * notification for operational purposes, but never whom it went to.
 *
 * @param everything  whether every notification is visible
 * @param ownClientId the client whose notifications are visible, if the caller is a client
 * @param locationIds the locations whose notifications are visible
 * @param recipientsEverywhere whether the recipient of every visible notification may be shown
 */
public record Visibility(boolean everything, Optional<UUID> ownClientId, Set<UUID> locationIds,
        boolean recipientsEverywhere) {

    public Visibility {
        locationIds = Set.copyOf(locationIds);
    }

    public static Visibility of(ClinicUser user) {
        boolean admin = user.hasRole(Role.CLINIC_ADMIN);
        Optional<UUID> ownClientId = user.hasRole(Role.CLIENT) ? user.clientId() : Optional.empty();
        Set<UUID> locations = user.hasRole(Role.FRONT_DESK) ? user.locationIds() : Set.of();
        return new Visibility(admin || user.hasRole(Role.OPERATOR), ownClientId, locations, admin);
    }

    /** Whether the caller may see whom this notification went to: the client themself, or staff responsible for it. */
    public boolean mayReadRecipient(NotificationRecord notification) {
        return recipientsEverywhere
                || ownClientId.filter(notification.clientId()::equals).isPresent()
                || locationIds.contains(notification.locationId());
    }
}
