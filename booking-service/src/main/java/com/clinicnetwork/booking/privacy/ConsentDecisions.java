package com.clinicnetwork.booking.privacy;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.client.ClientConsentsChanged;
import com.clinicnetwork.messaging.outbox.OutboxWriter;
import com.clinicnetwork.messaging.outbox.OutgoingEvent;
import com.clinicnetwork.servicedefaults.refusal.InvalidValueException;
import com.clinicnetwork.servicedefaults.refusal.NotFoundException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's consents. Only a change is recorded (with when and through what), and it is announced as
 * {@code client.consents-changed} in the same transaction, so notification-service learns of every change.
 */
@Service
class ConsentDecisions {

    private final PrivacyRepository repository;
    private final PrivacyAccess access;
    private final OutboxWriter outbox;
    private final Clock clock;

    ConsentDecisions(PrivacyRepository repository, PrivacyAccess access, OutboxWriter outbox, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    ClientConsents view(ClinicUser user, UUID clientId) {
        access.requireReadConsents(user, clientId);
        PrivacyRepository.ClientDates client = repository.dates(clientId)
                .orElseThrow(() -> new NotFoundException("Client", clientId));
        return current(clientId, client);
    }

    @Transactional
    ClientConsents change(ClinicUser user, UUID clientId, ConsentsRequest request) {
        access.requireChangeConsents(user, clientId);
        if (request == null || request.careMessages() == null && request.marketing() == null) {
            throw new InvalidValueException("careMessages", "give careMessages, marketing or both");
        }
        PrivacyRepository.ClientDates client = repository.lock(clientId)
                .orElseThrow(() -> new NotFoundException("Client", clientId));
        if (client.erased()) {
            throw ClientErasure.clientErased();
        }
        ClientConsents before = current(clientId, client);
        Instant now = clock.instant();
        boolean changed = apply(clientId, ConsentKind.CARE_MESSAGES, before.careMessages(), request.careMessages(), now)
                | apply(clientId, ConsentKind.MARKETING, before.marketing(), request.marketing(), now);
        ClientConsents after = current(clientId, client);
        if (changed) {
            outbox.append(OutgoingEvent.about(Topics.CLIENTS, EventTypes.CLIENT_CONSENTS_CHANGED, clientId,
                    new ClientConsentsChanged(clientId, after.careMessages().toEvent(), after.marketing().toEvent())));
        }
        return after;
    }

    /** @return whether the consent changed; asking for what is already the case changes nothing, not even its date */
    private boolean apply(UUID clientId, ConsentKind kind, Consent current, Boolean wanted, Instant now) {
        if (wanted == null || wanted == current.granted()) {
            return false;
        }
        repository.saveConsent(clientId, kind, new Consent(wanted, now, Consent.SELF_SERVICE));
        return true;
    }

    private ClientConsents current(UUID clientId, PrivacyRepository.ClientDates client) {
        Map<ConsentKind, Consent> recorded = repository.recordedConsents(clientId);
        return new ClientConsents(recordedOrDefault(recorded, ConsentKind.CARE_MESSAGES, client),
                recordedOrDefault(recorded, ConsentKind.MARKETING, client));
    }

    private static Consent recordedOrDefault(Map<ConsentKind, Consent> recorded, ConsentKind kind,
            PrivacyRepository.ClientDates client) {
        Consent consent = recorded.get(kind);
        return consent != null ? consent : new Consent(kind.grantedAtRegistration(), client.createdAt(), Consent.REGISTRATION);
    }

    /** For the export, which has checked access itself. */
    ClientConsents forExport(UUID clientId, PrivacyRepository.ClientDates client) {
        return current(clientId, client);
    }
}
