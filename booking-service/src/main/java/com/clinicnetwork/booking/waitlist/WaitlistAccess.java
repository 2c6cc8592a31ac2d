package com.clinicnetwork.booking.waitlist;

import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.security.Role;
import java.util.UUID;

/**
 * Who may see and withdraw a waitlist entry: its client, front desk at its location (for a nearby entry: the location
 * the client named as its centre; nobody's desk for one centred on the client's own coordinates), clinic admins.
 */
final class WaitlistAccess {

    private WaitlistAccess() {
    }

    static boolean mayManage(ClinicUser user, WaitlistEntry entry) {
        UUID deskLocation = entry.nearby() == null ? entry.locationId() : entry.nearby().locationId();
        return user.hasRole(Role.CLINIC_ADMIN) || user.isClient(entry.clientId())
                || user.hasRole(Role.FRONT_DESK) && deskLocation != null && user.worksAt(deskLocation);
    }
}
