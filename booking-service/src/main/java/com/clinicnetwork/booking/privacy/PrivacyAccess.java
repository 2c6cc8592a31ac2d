package com.clinicnetwork.booking.privacy;

import com.clinicnetwork.booking.client.ClientAccess;
import com.clinicnetwork.servicedefaults.refusal.NotFoundException;
import com.clinicnetwork.servicedefaults.refusal.NotPermittedException;
import com.clinicnetwork.servicedefaults.refusal.Refusal;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.security.Role;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may exercise a client's data rights. The rights are the client's: they export, erase and decide their
 * consents themselves; a clinic admin exports or erases for them when they ask at the clinic. Consents are
 * changed by the client only. Whoever may not read the client record is told the client does not exist; staff
 * who may read it but not do this get 403.
 */
@Component
class PrivacyAccess {

    private final ClientAccess clientAccess;

    PrivacyAccess(ClientAccess clientAccess) {
        this.clientAccess = clientAccess;
    }

    /** The export holds everything, intake notes and the audit trail included: the client and admins only, else 404. */
    void requireExport(ClinicUser user, UUID clientId) {
        if (!user.isClient(clientId) && !user.hasRole(Role.CLINIC_ADMIN)) {
            throw new NotFoundException("Client", clientId);
        }
    }

    void requireErase(ClinicUser user, UUID clientId) {
        if (user.isClient(clientId) || user.hasRole(Role.CLINIC_ADMIN)) {
            return;
        }
        throw refusal(user, clientId, "Only the client themself or a clinic admin may erase a client.");
    }

    void requireReadConsents(ClinicUser user, UUID clientId) {
        if (!clientAccess.canRead(user, clientId)) {
            throw new NotFoundException("Client", clientId);
        }
    }

    void requireChangeConsents(ClinicUser user, UUID clientId) {
        if (!user.isClient(clientId)) {
            throw refusal(user, clientId, "A client's consents are theirs to give or withdraw; only they may change them.");
        }
    }

    private Refusal refusal(ClinicUser user, UUID clientId, String detail) {
        if (!clientAccess.canRead(user, clientId)) {
            return new NotFoundException("Client", clientId);
        }
        return new NotPermittedException(detail);
    }
}
