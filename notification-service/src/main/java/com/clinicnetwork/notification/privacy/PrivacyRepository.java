package com.clinicnetwork.notification.privacy;

import com.clinicnetwork.contracts.client.ErasedClient;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The SQL of a client's decisions: consents and erasure, over this service's copies of their data. */
@Repository
class PrivacyRepository {

    private final JdbcClient jdbc;

    PrivacyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the consents were newer than the ones held (and are now held) */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean saveConsents(UUID clientId, boolean careMessages, boolean marketing, Instant changedAt) {
        return jdbc.sql("""
                        INSERT INTO client_privacy (client_id, care_messages, marketing, consents_changed_at)
                        VALUES (:id, :care, :marketing, :changedAt)
                        ON CONFLICT (client_id) DO UPDATE
                        SET care_messages = EXCLUDED.care_messages, marketing = EXCLUDED.marketing,
                            consents_changed_at = EXCLUDED.consents_changed_at, updated_at = now()
                        WHERE client_privacy.consents_changed_at IS NULL
                           OR client_privacy.consents_changed_at < EXCLUDED.consents_changed_at
                        """)
                .param("id", clientId)
                .param("care", careMessages)
                .param("marketing", marketing)
                .param("changedAt", Timestamp.from(changedAt))
                .update() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void markErased(UUID clientId, Instant erasedAt) {
        jdbc.sql("""
                        INSERT INTO client_privacy (client_id, erased_at) VALUES (:id, :erasedAt)
                        ON CONFLICT (client_id) DO UPDATE
                        SET erased_at = coalesce(client_privacy.erased_at, EXCLUDED.erased_at), updated_at = now()
                        """)
                .param("id", clientId)
                .param("erasedAt", Timestamp.from(erasedAt))
                .update();
    }

    boolean isErased(UUID clientId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM client_privacy WHERE client_id = :id AND erased_at IS NOT NULL)")
                .param("id", clientId)
                .query(Boolean.class)
                .single();
    }

    /** Deliveries to the client still waiting (quiet hours, retries) will not be sent: SKIPPED with the reason. */
    @Transactional(propagation = Propagation.MANDATORY)
    int skipPending(UUID clientId, String reason) {
        return jdbc.sql("""
                        UPDATE notification SET status = 'SKIPPED', skip_reason = :reason
                        WHERE client_id = :id AND status = 'PENDING' AND channel <> 'WEBHOOK'
                        """)
                .param("id", clientId)
                .param("reason", reason)
                .update();
    }

    /**
     * Replaces this service's copies of the client's contact data with the erasure placeholders: the appointment
     * states messages are rendered from, the recipients of past deliveries (webhook deliveries name the chain's own
     * endpoint, not the client), their preferences (with the SMS number) and development SMS texts. Reminders
     * still to come are cancelled; pending deliveries, webhook copies included, are skipped. The link to the subject a
     * self-registered client signs in as goes too, as booking-service clears it: nobody acts as an erased client.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void erase(UUID clientId) {
        jdbc.sql("UPDATE appointment_state SET email = :email, first_name = :name, updated_at = now() WHERE client_id = :id")
                .param("id", clientId)
                .param("email", ErasedClient.EMAIL)
                .param("name", ErasedClient.NAME)
                .update();
        jdbc.sql("""
                        UPDATE reminder SET status = 'CANCELLED', processed_at = now()
                        WHERE status = 'SCHEDULED'
                          AND appointment_id IN (SELECT appointment_id FROM appointment_state WHERE client_id = :id)
                        """)
                .param("id", clientId)
                .update();
        jdbc.sql("""
                        UPDATE notification SET status = 'SKIPPED', skip_reason = 'erased'
                        WHERE client_id = :id AND status = 'PENDING'
                        """)
                .param("id", clientId)
                .update();
        jdbc.sql("DELETE FROM development_sms WHERE notification_id IN (SELECT id FROM notification WHERE client_id = :id)")
                .param("id", clientId)
                .update();
        jdbc.sql("""
                        UPDATE notification
                        SET recipient = CASE channel WHEN 'EMAIL' THEN :email ELSE :name END, recipient_name = NULL
                        WHERE client_id = :id AND channel <> 'WEBHOOK'
                        """)
                .param("id", clientId)
                .param("email", ErasedClient.EMAIL)
                .param("name", ErasedClient.NAME)
                .update();
        // The therapists' alerts about the client name them by first name: the rest (scores, times) stays as a record.
        jdbc.sql("""
                        UPDATE notification SET content = content - 'clientFirstName'
                        WHERE client_id = :id AND template = 'check-in-worsening-alert'
                        """)
                .param("id", clientId)
                .update();
        jdbc.sql("DELETE FROM client_preference WHERE client_id = :id")
                .param("id", clientId)
                .update();
        jdbc.sql("DELETE FROM client_link WHERE client_id = :id")
                .param("id", clientId)
                .update();
    }
}
