package com.clinicnetwork.booking.client;

import com.clinicnetwork.servicedefaults.security.ClientLinks;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A self-registered client's record, found by the subject they sign in as (their tokens carry no {@code client_id}):
 * every per-client rule of this service then applies to them as to a client whose token names their record.
 */
@Component
class SubjectClientLinks implements ClientLinks {

    private final ClientRepository clients;

    SubjectClientLinks(ClientRepository clients) {
        this.clients = clients;
    }

    @Override
    public Optional<UUID> clientIdOf(String subject) {
        return clients.findIdBySubject(subject);
    }
}
