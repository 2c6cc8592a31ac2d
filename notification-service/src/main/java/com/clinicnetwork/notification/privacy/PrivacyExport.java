package com.clinicnetwork.notification.privacy;

import com.clinicnetwork.notification.message.MessageContent;
import com.clinicnetwork.notification.message.MessageContentJson;
import com.clinicnetwork.notification.message.WaitlistOffer;
import com.clinicnetwork.notification.privacy.NotificationExport.AppointmentCopy;
import com.clinicnetwork.notification.privacy.NotificationExport.Decisions;
import com.clinicnetwork.notification.privacy.NotificationExport.Delivery;
import com.clinicnetwork.notification.privacy.NotificationExport.ReminderEntry;
import com.clinicnetwork.servicedefaults.refusal.NotFoundException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.security.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * notification-service's part of a client's export, read in one snapshot. The client themself or a clinic admin
 * (on the client's request) only; everyone else is told the client does not exist. A client this service has
 * never heard of gets an export with empty lists: holding nothing is an answer too.
 */
@Service
class PrivacyExport {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PrivacyExport(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    NotificationExport export(ClinicUser user, UUID clientId) {
        if (!user.isClient(clientId) && !user.hasRole(Role.CLINIC_ADMIN)) {
            throw new NotFoundException("Client", clientId);
        }
        Decisions decisions = jdbc.sql("""
                        SELECT care_messages, marketing, consents_changed_at, erased_at FROM client_privacy WHERE client_id = :id
                        """)
                .param("id", clientId)
                .query(Decisions.class)
                .optional().orElse(null);
        // Column by column whatever the preferences hold today, so a new preference is exported without a change here.
        JsonNode preferences = jdbc.sql("SELECT (to_jsonb(p) - 'client_id')::text FROM client_preference p WHERE client_id = :id")
                .param("id", clientId)
                .query(String.class)
                .optional().map(json::readTree).orElse(null);
        return new NotificationExport(clientId, decisions, preferences,
                jdbc.sql("""
                                SELECT appointment_id, version, status, location_id, therapist_id, treatment_id, starts_at, ends_at,
                                    email, first_name, locale, updated_at
                                FROM appointment_state WHERE client_id = :id ORDER BY starts_at, appointment_id
                                """)
                        .param("id", clientId).query(AppointmentCopy.class).list(),
                jdbc.sql("""
                                SELECT r.appointment_id, r.lead_time, r.due_at, r.starts_at, r.status, r.processed_at
                                FROM reminder r JOIN appointment_state a ON a.appointment_id = r.appointment_id
                                WHERE a.client_id = :id ORDER BY r.due_at, r.id
                                """)
                        .param("id", clientId).query(ReminderEntry.class).list(),
                jdbc.sql("""
                                SELECT id, appointment_id, channel, template, recipient, recipient_name, locale, content, status,
                                    skip_reason, attempts, created_at, sent_at
                                FROM notification WHERE client_id = :id AND channel <> 'WEBHOOK' ORDER BY created_at, id
                                """)
                        .param("id", clientId).query(PrivacyExport::delivery).list());
    }

    /** A delivery with the offer and the start its content names. */
    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        MessageContent content = MessageContentJson.read(rs.getString("content"));
        Timestamp sentAt = rs.getTimestamp("sent_at");
        return new Delivery(rs.getObject("id", UUID.class), rs.getObject("appointment_id", UUID.class),
                content instanceof WaitlistOffer offer ? offer.offerId() : null, rs.getString("channel"), rs.getString("template"),
                rs.getString("recipient"), rs.getString("recipient_name"), rs.getString("locale"), content.visit().startsAt(),
                rs.getString("status"), rs.getString("skip_reason"), rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant(),
                sentAt == null ? null : sentAt.toInstant());
    }
}
