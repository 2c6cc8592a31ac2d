package com.clinicnetwork.booking.client;

import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.security.Role;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
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

    /**
     * Who may read what a client said about their health (aftercare check-in scores and comments): the client, the
     * therapists who have or had a non-cancelled appointment with them, clinic admins. Unlike the contact record,
     * never front desk, and never operators.
     */
    public boolean canReadHealthData(ClinicUser user, UUID clientId) {
        if (user.hasRole(Role.CLINIC_ADMIN) || user.isClient(clientId)) {
            return true;
        }
        return user.hasRole(Role.THERAPIST) && user.therapistId().isPresent()
                && clients.isClientOfTherapist(clientId, user.therapistId().get());
    }

    /** Those of the clients the user may read, by the same rules as {@link #canRead}, in at most two queries. */
    public Set<UUID> readable(ClinicUser user, Collection<UUID> clientIds) {
        if (user.hasRole(Role.CLINIC_ADMIN)) {
            return Set.copyOf(clientIds);
        }
        Set<UUID> readable = new HashSet<>();
        clientIds.stream().filter(user::isClient).forEach(readable::add);
        if (user.hasRole(Role.THERAPIST) && user.therapistId().isPresent()) {
            readable.addAll(clients.clientsOfTherapist(clientIds, user.therapistId().get()));
        }
        if (user.hasRole(Role.FRONT_DESK)) {
            readable.addAll(clients.clientsAtLocations(clientIds, user.locationIds()));
        }
        return readable;
    }
}
