package com.clinicnetwork.booking.privacy;

import com.clinicnetwork.booking.privacy.BookingExport.ExportedAppointment;
import com.clinicnetwork.booking.privacy.BookingExport.ExportedAuditEvent;
import com.clinicnetwork.booking.privacy.BookingExport.ExportedCheckIn;
import com.clinicnetwork.booking.privacy.BookingExport.ExportedClient;
import com.clinicnetwork.booking.privacy.BookingExport.ExportedCourse;
import com.clinicnetwork.booking.privacy.BookingExport.ExportedOffer;
import com.clinicnetwork.contracts.client.ErasedClient;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The SQL of the data-subject rights: consents, the erasure's anonymisation and the export's reads. */
@Repository
class PrivacyRepository {

    /** When the client was registered and, if so, erased. */
    record ClientDates(Instant createdAt, Instant erasedAt) {
        boolean erased() {
            return erasedAt != null;
        }
    }

    private final JdbcClient jdbc;

    PrivacyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ClientDates> dates(UUID clientId) {
        return jdbc.sql("SELECT created_at, erased_at FROM client WHERE id = :id")
                .param("id", clientId)
                .query(ClientDates.class)
                .optional();
    }

    /** Row-locks the client: bookings for them (which lock it too) wait for the erasure or consent change. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<ClientDates> lock(UUID clientId) {
        return jdbc.sql("SELECT created_at, erased_at FROM client WHERE id = :id FOR UPDATE")
                .param("id", clientId)
                .query(ClientDates.class)
                .optional();
    }

    Map<ConsentKind, Consent> recordedConsents(UUID clientId) {
        Map<ConsentKind, Consent> consents = new EnumMap<>(ConsentKind.class);
        jdbc.sql("SELECT kind, granted, changed_at, source FROM client_consent WHERE client_id = :id")
                .param("id", clientId)
                .query((rs, row) -> consents.put(ConsentKind.valueOf(rs.getString("kind")), new Consent(rs.getBoolean("granted"),
                        rs.getTimestamp("changed_at").toInstant(), rs.getString("source"))))
                .list();
        return consents;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void saveConsent(UUID clientId, ConsentKind kind, Consent consent) {
        jdbc.sql("""
                        INSERT INTO client_consent (client_id, kind, granted, changed_at, source)
                        VALUES (:clientId, :kind, :granted, :changedAt, :source)
                        ON CONFLICT (client_id, kind) DO UPDATE
                        SET granted = EXCLUDED.granted, changed_at = EXCLUDED.changed_at, source = EXCLUDED.source
                        """)
                .param("clientId", clientId)
                .param("kind", kind.name())
                .param("granted", consent.granted())
                .param("changedAt", Timestamp.from(consent.changedAt()))
                .param("source", consent.source())
                .update();
    }

    /**
     * Replaces the client's personal fields with the placeholders, and strips the free text of their appointments
     * (intake notes, and cancellation reasons, which the canceller may have written anything into), the intake notes
     * and coordinates of their waitlist entries, and their answers to the aftercare check-in (how a session felt is health data, not accounts). What happened when, with
     * whom and where stays: the chain needs it for its accounts. The link to the subject the client signs in
     * as goes too: the anonymised history would otherwise stay tied to their sign-in account, and the account would stay
     * tied to a profile it can no longer use. The person may create a new, empty profile afterwards.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void anonymise(UUID clientId, Instant erasedAt) {
        jdbc.sql("""
                        UPDATE client
                        SET first_name = :name, last_name = :name, email = :email, phone = NULL, erased_at = :erasedAt,
                            subject = NULL, version = version + 1
                        WHERE id = :id
                        """)
                .param("id", clientId)
                .param("name", ErasedClient.NAME)
                .param("email", ErasedClient.EMAIL)
                .param("erasedAt", Timestamp.from(erasedAt))
                .update();
        jdbc.sql("""
                        UPDATE appointment
                        SET intake_notes = NULL, cancellation_reason = NULL, version = version + 1, updated_at = :erasedAt
                        WHERE client_id = :id AND (intake_notes IS NOT NULL OR cancellation_reason IS NOT NULL)
                        """)
                .param("id", clientId)
                .param("erasedAt", Timestamp.from(erasedAt))
                .update();
        // The centre of a nearby entry may be where the client lives.
        jdbc.sql("""
                        UPDATE waitlist_entry SET intake_notes = NULL, latitude = NULL, longitude = NULL
                        WHERE client_id = :id AND (intake_notes IS NOT NULL OR latitude IS NOT NULL)
                        """)
                .param("id", clientId)
                .update();
        jdbc.sql("DELETE FROM aftercare_check_in WHERE appointment_id IN (SELECT id FROM appointment WHERE client_id = :id)")
                .param("id", clientId)
                .update();
    }

    /** The client's appointments still booked to start after {@code now}, in start order. */
    List<UUID> futureBookedAppointments(UUID clientId, Instant now) {
        return jdbc.sql("""
                        SELECT id FROM appointment
                        WHERE client_id = :id AND status = 'BOOKED' AND starts_at > :now
                        ORDER BY starts_at, id
                        """)
                .param("id", clientId)
                .param("now", Timestamp.from(now))
                .query(UUID.class)
                .list();
    }

    Optional<ExportedClient> exportedClient(UUID clientId) {
        return jdbc.sql("""
                        SELECT id, first_name, last_name, email, phone, time_zone, locale, registered_location_id, created_at, erased_at
                        FROM client WHERE id = :id
                        """)
                .param("id", clientId)
                .query(ExportedClient.class)
                .optional();
    }

    List<ExportedAppointment> exportedAppointments(UUID clientId) {
        return jdbc.sql("""
                        SELECT id, therapist_id, location_id, treatment_id, starts_at, ends_at, status, intake_notes,
                            cancellation_reason, late_cancellation, series_id, risk_no_shows, risk_late_cancellations,
                            risk_days_ahead, risk_within_months, confirmation, created_at, updated_at
                        FROM appointment WHERE client_id = :id ORDER BY starts_at, id
                        """)
                .param("id", clientId)
                .query(ExportedAppointment.class)
                .list();
    }

    List<ExportedCourse> exportedCourses(UUID clientId) {
        return jdbc.sql("""
                        SELECT id, therapist_id, location_id, treatment_id, interval_weeks, occurrences, created_at
                        FROM appointment_series WHERE client_id = :id ORDER BY created_at, id
                        """)
                .param("id", clientId)
                .query(ExportedCourse.class)
                .list();
    }

    List<ExportedCheckIn> exportedCheckIns(UUID clientId) {
        return jdbc.sql("""
                        SELECT c.appointment_id, c.score, c.comment, c.answered_at
                        FROM aftercare_check_in c JOIN appointment a ON a.id = c.appointment_id
                        WHERE a.client_id = :id ORDER BY a.starts_at, a.id
                        """)
                .param("id", clientId)
                .query(ExportedCheckIn.class)
                .list();
    }

    /** The waitlist entries without their offers; see {@link #exportedOffers}. */
    List<BookingExport.ExportedWaitlistEntry> exportedWaitlistEntries(UUID clientId) {
        return jdbc.sql("""
                        SELECT id, location_id, treatment_id, therapist_id, specialty, near_location_id, latitude, longitude,
                            radius_km, window_start, window_end, intake_notes, status, created_at
                        FROM waitlist_entry WHERE client_id = :id ORDER BY created_at, id
                        """)
                .param("id", clientId)
                .query((rs, row) -> new BookingExport.ExportedWaitlistEntry(rs.getObject("id", UUID.class),
                        rs.getObject("location_id", UUID.class), rs.getObject("treatment_id", UUID.class),
                        rs.getObject("therapist_id", UUID.class), rs.getString("specialty"),
                        rs.getObject("near_location_id", UUID.class), rs.getObject("latitude", Double.class),
                        rs.getObject("longitude", Double.class), rs.getObject("radius_km", Integer.class),
                        rs.getTimestamp("window_start").toInstant(),
                        rs.getTimestamp("window_end").toInstant(), rs.getString("intake_notes"), rs.getString("status"),
                        rs.getTimestamp("created_at").toInstant(), List.of()))
                .list();
    }

    List<ExportedOffer> exportedOffers(UUID clientId) {
        return jdbc.sql("""
                        SELECT o.id, o.entry_id, o.therapist_id, o.location_id, o.treatment_id, o.starts_at, o.ends_at,
                            o.hold_until, o.status, o.appointment_id, o.created_at
                        FROM waitlist_offer o JOIN waitlist_entry e ON e.id = o.entry_id
                        WHERE e.client_id = :id ORDER BY o.created_at, o.id
                        """)
                .param("id", clientId)
                .query(ExportedOffer.class)
                .list();
    }

    /**
     * The audit trail's events about the client's record, their appointments and their check-in answers (keyed by
     * appointment id; record ids are stored as text).
     */
    List<ExportedAuditEvent> exportedAuditEvents(UUID clientId) {
        return jdbc.sql("""
                        SELECT occurred_at, roles, method, path, record_type, record_id, status
                        FROM audit_event
                        WHERE (record_type = 'client' AND record_id = :clientId)
                           OR (record_type IN ('appointment', 'aftercare-check-in')
                               AND record_id IN (SELECT id::text FROM appointment WHERE client_id = :id))
                        ORDER BY occurred_at, id
                        """)
                .param("clientId", clientId.toString())
                .param("id", clientId)
                .query(ExportedAuditEvent.class)
                .list();
    }
}
