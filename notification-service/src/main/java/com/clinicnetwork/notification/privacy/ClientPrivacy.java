package com.clinicnetwork.notification.privacy;

import com.clinicnetwork.contracts.appointment.AppointmentEvent;
import com.clinicnetwork.contracts.appointment.ClientContact;
import com.clinicnetwork.contracts.client.ErasedClient;
import com.clinicnetwork.notification.message.Channel;
import com.clinicnetwork.notification.message.Message;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a message may go to its client at all, asked before it becomes deliveries. Every message this service
 * sends today is a care message (confirmations, reschedule and cancellation notices, reminders, aftercare,
 * no-show notes, waitlist offers), so withdrawn care-message consent stops them all; marketing has no sender yet.
 *
 * <p>The check holds a shared per-client advisory lock until the transaction ends and the handling of
 * {@code client.erased} takes it exclusively, so a message issued concurrently with an erasure is either seen by
 * it (and skipped) or sees the erasure; none slips between them.
 */
@Component
public class ClientPrivacy {

    /** Why a message to a client was not sent although they did not opt out of it. */
    public enum Suppression {
        /** The client withdrew their consent to care messages: recorded as SKIPPED with this reason. */
        NO_CONSENT("no-consent"),
        /** The client was erased: nothing is recorded about it at all. */
        ERASED("erased");

        private final String reason;

        Suppression(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    record Decisions(boolean erased, boolean careMessages) {
        Optional<Suppression> suppression() {
            if (erased) {
                return Optional.of(Suppression.ERASED);
            }
            return careMessages ? Optional.empty() : Optional.of(Suppression.NO_CONSENT);
        }
    }

    private static final String LOCK_NAMESPACE = "client-privacy:";

    private final JdbcClient jdbc;

    ClientPrivacy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An address that is the erasure placeholder means booking-service erased the client even if
     * {@code client.erased} (on another topic) has not arrived yet.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Suppression> suppression(Message message) {
        if (ErasedClient.isErasedAddress(message.addressee().email())) {
            return Optional.of(Suppression.ERASED);
        }
        UUID clientId = message.content().visit().clientId();
        lockShared(clientId);
        return jdbc.sql("SELECT erased_at IS NOT NULL AS erased, care_messages FROM client_privacy WHERE client_id = :id")
                .param("id", clientId)
                .query(Decisions.class)
                .optional()
                .flatMap(Decisions::suppression);
    }

    /**
     * The event with the erasure placeholders as the client's contact if the client was erased: an event published
     * before the erasure but consumed after it must not bring the contact data back into this service's copies.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AppointmentEvent withoutErasedContact(AppointmentEvent event) {
        lockShared(event.clientId());
        boolean erased = jdbc.sql("SELECT EXISTS (SELECT 1 FROM client_privacy WHERE client_id = :id AND erased_at IS NOT NULL)")
                .param("id", event.clientId())
                .query(Boolean.class)
                .single();
        if (!erased) {
            return event;
        }
        return new AppointmentEvent(event.appointmentId(), event.version(), event.status(), event.clientId(), event.therapistId(),
                event.locationId(), event.treatmentId(), event.startsAt(), event.endsAt(),
                new ClientContact(ErasedClient.NAME, ErasedClient.EMAIL, event.client().locale()), event.previousStartsAt(),
                event.cancellationReason(), event.lateCancellation(), event.checkInClosesAt(), event.seriesId(), event.roomId(),
                event.confirmationRequested());
    }

    /** Records why the client's delivery over this channel was skipped. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordSkipped(Message message, Channel channel, Suppression suppression) {
        jdbc.sql("""
                        UPDATE notification SET skip_reason = :reason
                        WHERE occasion = :occasion AND channel = :channel AND subscription_id IS NULL AND status = 'SKIPPED'
                        """)
                .param("reason", suppression.reason())
                .param("occasion", message.occasion())
                .param("channel", channel.name())
                .update();
    }

    private void lockShared(UUID clientId) {
        jdbc.sql("SELECT pg_advisory_xact_lock_shared(hashtextextended(:key, 0))")
                .param("key", LOCK_NAMESPACE + clientId)
                .query()
                .listOfRows();
    }

    /** Waits for every message being issued to the client to commit, and keeps new ones out until this transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    void lockExclusively(UUID clientId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", LOCK_NAMESPACE + clientId)
                .query()
                .listOfRows();
    }
}
