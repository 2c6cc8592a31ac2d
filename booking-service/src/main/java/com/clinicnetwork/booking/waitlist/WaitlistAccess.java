package com.clinicnetwork.booking.waitlist;

import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.security.Role;

/** Who may see and withdraw a waitlist entry: its client, front desk at its location, clinic admins. */
final class WaitlistAccess {

    private WaitlistAccess() {
    }

    static boolean mayManage(ClinicUser user, WaitlistEntry entry) {
        return user.hasRole(Role.CLINIC_ADMIN) || user.isClient(entry.clientId())
                || user.hasRole(Role.FRONT_DESK) && user.worksAt(entry.locationId());
    }
}
