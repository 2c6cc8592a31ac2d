package com.clinicnetwork.booking.client;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.client.ClientRegistered;
import com.clinicnetwork.messaging.outbox.OutboxWriter;
import com.clinicnetwork.messaging.outbox.OutgoingEvent;
import com.clinicnetwork.servicedefaults.refusal.StateConflictException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Profiles people create for themselves: the record linked to their subject and its {@code client.registered}
 * event, in one transaction. The unique subject decides between concurrent attempts: one creates the profile, the
 * others get the id of the one it created.
 */
@Service
class SelfRegistration {

    private final ClientRepository clients;
    private final OutboxWriter outbox;
    private final Clock clock;

    SelfRegistration(ClientRepository clients, OutboxWriter outbox, Clock clock) {
        this.clients = clients;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @throws StateConflictException {@value OwnProfile#EXISTS} if the subject already has a profile */
    @Transactional
    Client register(Client profile, String subject) {
        Instant now = clock.instant();
        if (!clients.insertProfile(profile, subject, now)) {
            // A concurrent request of the same person won; it has committed by now (the insert waited for it).
            throw clients.findIdBySubject(subject).map(OwnProfile::exists)
                    .orElseGet(() -> new StateConflictException("conflict", "Concurrent change",
                            "Your client profile changed while it was being created. Try again."));
        }
        outbox.append(OutgoingEvent.about(Topics.CLIENTS, EventTypes.CLIENT_REGISTERED, profile.id(),
                new ClientRegistered(profile.id(), subject, now.atOffset(ZoneOffset.UTC))));
        return profile;
    }
}
