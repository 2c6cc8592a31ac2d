package com.clinicnetwork.notification.privacy;

import com.clinicnetwork.contracts.client.ClientConsentsChanged;
import com.clinicnetwork.contracts.client.ClientErased;
import com.clinicnetwork.contracts.client.ClientRegistered;
import com.clinicnetwork.messaging.inbox.ReceivedEvent;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Applies what a client decided about their data, and who a self-registered client is: the handlers of
 * {@link ClientConsumer}. Each event in the transaction that records it as processed and under the client's exclusive
 * privacy lock ({@link ClientPrivacy}), so a redelivery changes nothing, no message being issued at the same time
 * escapes the decision, and a registration and the erasure of one client are applied one after the other.
 */
@Service
class ClientDecisions {

    private static final Logger log = LoggerFactory.getLogger(ClientDecisions.class);

    private final ClientPrivacy privacy;
    private final PrivacyRepository repository;
    private final ClientLinkRepository links;

    ClientDecisions(ClientPrivacy privacy, PrivacyRepository repository, ClientLinkRepository links) {
        this.privacy = privacy;
        this.repository = repository;
        this.links = links;
    }

    /**
     * Links the person's subject to the client record they created, so their tokens (without {@code client_id}) act as
     * that client here. A client erased already (a replayed registration) links nobody.
     */
    void onRegistered(ReceivedEvent<ClientRegistered> event) {
        ClientRegistered registration = event.payload();
        privacy.lockExclusively(registration.clientId());
        if (repository.isErased(registration.clientId())) {
            log.info("Client {} registered themselves but was erased since; not linked", registration.clientId());
            return;
        }
        boolean linked = links.link(registration.subject(), registration.clientId(), registration.registeredAt().toInstant());
        log.info("Client {} registered themselves; {}", registration.clientId(),
                linked ? "linked to their sign-in" : "a later profile of the same person is already linked");
    }

    void onErased(ReceivedEvent<ClientErased> event) {
        UUID clientId = event.payload().clientId();
        privacy.lockExclusively(clientId);
        repository.markErased(clientId, event.payload().erasedAt().toInstant());
        repository.erase(clientId);
        log.info("Client {} erased: contact data anonymised, nothing more will be sent", clientId);
    }

    /** Consents older than the ones held (a replayed event) change nothing. */
    void onConsentsChanged(ReceivedEvent<ClientConsentsChanged> event) {
        ClientConsentsChanged consents = event.payload();
        privacy.lockExclusively(consents.clientId());
        Instant changedAt = latest(consents.careMessages().changedAt().toInstant(), consents.marketing().changedAt().toInstant());
        boolean applied = repository.saveConsents(consents.clientId(), consents.careMessages().granted(),
                consents.marketing().granted(), changedAt);
        if (applied && !consents.careMessages().granted()) {
            int skipped = repository.skipPending(consents.clientId(), ClientPrivacy.Suppression.NO_CONSENT.reason());
            log.info("Client {} withdrew consent to care messages; {} waiting deliveries skipped", consents.clientId(), skipped);
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
