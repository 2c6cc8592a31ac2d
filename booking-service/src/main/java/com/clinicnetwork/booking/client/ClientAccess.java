package com.clinicnetwork.booking.client;

import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.security.Role;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may read a client's record (name, email, phone). A client reads their own; a therapist the clients
 * who have or had an appointment with them; front desk the clients registered at, or with an appointment at,
 * one of their locations; clinic admins everyone. A cancelled appointment creates no relation, so booking and
 * cancelling a dummy appointment gives staff nothing. Operators never read contact data.
 */
@Component
public class ClientAccess {

    private final ClientRepository clients;

    ClientAccess(ClientRepository clients) {
        this.clients = clients;
    }

    public boolean canRead(ClinicUser user, UUID clientId) {
        if (user.hasRole(Role.CLINIC_ADMIN) || user.isClient(clientId)) {
            return true;
        }
        if (user.hasRole(Role.THERAPIST) && user.therapistId().isPresent()
                && clients.isClientOfTherapist(clientId, user.therapistId().get())) {
            return true;
        }
        return user.hasRole(Role.FRONT_DESK) && clients.isClientAtLocations(clientId, user.locationIds());
    }
}
