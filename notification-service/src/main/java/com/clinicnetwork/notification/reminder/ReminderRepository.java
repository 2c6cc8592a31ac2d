package com.clinicnetwork.notification.reminder;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminders of each appointment, one per configured lead time, and for a booking at risk of a no-show one request to
 * confirm. Called in the transaction of the appointment event that changes them.
 */
@Repository
public class ReminderRepository {

    private static final String COLUMNS = "id, appointment_id, kind, lead_time, due_at, starts_at, status, processed_at";

    private final JdbcClient jdbc;
    private final List<Duration> leadTimes;
    private final Duration confirmationRequestLead;
    private final Clock clock;

    ReminderRepository(JdbcClient jdbc, ReminderProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.leadTimes = properties.leadTimes();
        this.confirmationRequestLead = properties.confirmationRequestLead();
        this.clock = clock;
    }

    /**
     * Schedules (on booking) or moves (on reschedule) the reminders of an appointment. A reminder whose time
     * had already passed when the change was made would only repeat the confirmation just sent, so it is not
     * scheduled (a moved one is cancelled). Measured against the event's time, not now: a reminder that fell due
     * while this service was down is still scheduled, and the dispatcher decides whether it is still useful.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void schedule(UUID appointmentId, Instant startsAt, Instant changedAt) {
        for (Duration lead : leadTimes) {
            Instant due = startsAt.minus(lead);
            if (due.isAfter(changedAt)) {
                jdbc.sql("""
                                INSERT INTO reminder (id, appointment_id, kind, lead_time, due_at, starts_at, status)
                                VALUES (:id, :appointmentId, 'REMINDER', :leadTime, :dueAt, :startsAt, 'SCHEDULED')
                                ON CONFLICT (appointment_id, kind, lead_time) DO UPDATE
                                SET due_at = EXCLUDED.due_at, starts_at = EXCLUDED.starts_at, status = 'SCHEDULED', processed_at = NULL
                                """)
                        .param("id", UUID.randomUUID())
                        .param("appointmentId", appointmentId)
                        .param("leadTime", lead.toString())
                        .param("dueAt", Timestamp.from(due))
                        .param("startsAt", Timestamp.from(startsAt))
                        .update();
            } else {
                jdbc.sql("""
                                UPDATE reminder SET status = 'CANCELLED', processed_at = :now
                                WHERE appointment_id = :appointmentId AND kind = 'REMINDER' AND lead_time = :leadTime
                                  AND status = 'SCHEDULED'
                                """)
                        .param("now", now())
                        .param("appointmentId", appointmentId)
                        .param("leadTime", lead.toString())
                        .update();
            }
        }
    }

    /**
     * Schedules (on booking) or plans anew (on reschedule) the request to the client of a booking at risk of a no-show to
     * confirm they will come, {@code clinic.reminders.confirmation-request-lead} before the start. Unlike a reminder,
     * a request whose time had already passed when the change was made is due at once: nothing else asks the client to
     * confirm. Made again after a reschedule, even if the one for the old time was sent: the confirmation is for the new
     * time. None for an appointment that had started by then.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void scheduleConfirmationRequest(UUID appointmentId, Instant startsAt, Instant changedAt) {
        if (!startsAt.isAfter(changedAt)) {
            cancelConfirmationRequest(appointmentId);
            return;
        }
        Instant lead = startsAt.minus(confirmationRequestLead);
        Instant due = lead.isAfter(changedAt) ? lead : changedAt;
        jdbc.sql("""
                        INSERT INTO reminder (id, appointment_id, kind, lead_time, due_at, starts_at, status)
                        VALUES (:id, :appointmentId, 'CONFIRMATION_REQUEST', :leadTime, :dueAt, :startsAt, 'SCHEDULED')
                        ON CONFLICT (appointment_id) WHERE kind = 'CONFIRMATION_REQUEST' DO UPDATE
                        SET lead_time = EXCLUDED.lead_time, due_at = EXCLUDED.due_at, starts_at = EXCLUDED.starts_at,
                            status = 'SCHEDULED', processed_at = NULL
                        """)
                .param("id", UUID.randomUUID())
                .param("appointmentId", appointmentId)
                .param("leadTime", confirmationRequestLead.toString())
                .param("dueAt", Timestamp.from(due))
                .param("startsAt", Timestamp.from(startsAt))
                .update();
    }

    /** Drops the request to confirm if it is still to come: the client confirmed, or the booking is no longer at risk. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancelConfirmationRequest(UUID appointmentId) {
        jdbc.sql("""
                        UPDATE reminder SET status = 'CANCELLED', processed_at = :now
                        WHERE appointment_id = :id AND kind = 'CONFIRMATION_REQUEST' AND status = 'SCHEDULED'
                        """)
                .param("now", now())
                .param("id", appointmentId)
                .update();
    }

    /** Drops the reminders still to come (the request to confirm too): the appointment was cancelled or has otherwise ended. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancel(UUID appointmentId) {
        jdbc.sql("UPDATE reminder SET status = 'CANCELLED', processed_at = :now WHERE appointment_id = :id AND status = 'SCHEDULED'")
                .param("now", now())
                .param("id", appointmentId)
                .update();
    }

    /**
     * Locks the next reminder due by the service's clock until the caller's transaction ends; other replicas skip it.
     * The clock, not the database's, so the time a reminder falls due and the dispatcher's check whether its appointment
     * has started are measured on one clock.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Reminder> lockNextDue() {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM reminder
                        WHERE status = 'SCHEDULED' AND due_at <= :now
                        ORDER BY due_at
                        LIMIT 1
                        FOR UPDATE SKIP LOCKED
                        """)
                .param("now", now())
                .query(Reminder.class)
                .optional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void close(UUID id, String status) {
        jdbc.sql("UPDATE reminder SET status = :status, processed_at = :now WHERE id = :id")
                .param("now", now())
                .param("id", id)
                .param("status", status)
                .update();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
