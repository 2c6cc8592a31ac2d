package com.clinicnetwork.booking.privacy;

import com.clinicnetwork.booking.appointment.AppointmentChanges;
import com.clinicnetwork.booking.waitlist.LeaveWaitlist;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.client.ClientErased;
import com.clinicnetwork.messaging.outbox.OutboxWriter;
import com.clinicnetwork.messaging.outbox.OutgoingEvent;
import com.clinicnetwork.servicedefaults.refusal.NotFoundException;
import com.clinicnetwork.servicedefaults.refusal.StateConflictException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The right to erasure (GDPR art. 17), in one transaction under the client's row lock: the personal fields become
 * placeholders, the appointments lose their free text, waiting entries leave the waitlist (held slots passed on),
 * future appointments are cancelled as any cancellation is (reason {@value #CANCELLATION_REASON}: slots freed,
 * {@code appointment.cancelled} published, now with the placeholders), and {@code client.erased} goes to the
 * outbox. Erasing an erased client changes nothing.
 */
@Service
class ClientErasure {

    static final String CANCELLATION_REASON = "erased";

    private static final Logger log = LoggerFactory.getLogger(ClientErasure.class);

    private final PrivacyRepository repository;
    private final PrivacyAccess access;
    private final LeaveWaitlist waitlist;
    private final AppointmentChanges appointments;
    private final OutboxWriter outbox;
    private final Clock clock;

    ClientErasure(PrivacyRepository repository, PrivacyAccess access, LeaveWaitlist waitlist, AppointmentChanges appointments,
            OutboxWriter outbox, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.waitlist = waitlist;
        this.appointments = appointments;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What a change to an erased client's records is refused with. */
    static StateConflictException clientErased() {
        return new StateConflictException("client-erased", "Client erased",
                "This client's personal data has been erased.");
    }

    @Transactional
    void erase(ClinicUser user, UUID clientId) {
        access.requireErase(user, clientId);
        PrivacyRepository.ClientDates client = repository.lock(clientId)
                .orElseThrow(() -> new NotFoundException("Client", clientId));
        if (client.erased()) {
            return;
        }
        Instant now = clock.instant();
        repository.anonymise(clientId, now);
        waitlist.leaveAll(clientId);
        for (UUID appointmentId : repository.futureBookedAppointments(clientId, now)) {
            appointments.cancelForErasure(appointmentId, CANCELLATION_REASON);
        }
        outbox.append(OutgoingEvent.about(Topics.CLIENTS, EventTypes.CLIENT_ERASED, clientId,
                new ClientErased(clientId, now.atOffset(ZoneOffset.UTC))));
        log.info("Client {} erased", clientId);
    }
}
