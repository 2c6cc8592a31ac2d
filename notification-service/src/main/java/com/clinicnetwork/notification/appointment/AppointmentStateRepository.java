package com.clinicnetwork.notification.appointment;

import com.clinicnetwork.contracts.appointment.AppointmentEvent;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The latest version of each appointment; an event not newer than it is stale and changes nothing. */
@Repository
public class AppointmentStateRepository {

    private final JdbcClient jdbc;

    AppointmentStateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the event is newer than what was stored (and is now the stored state) */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean advance(AppointmentEvent event) {
        return jdbc.sql("""
                        INSERT INTO appointment_state (appointment_id, version, status, client_id, location_id, therapist_id,
                            treatment_id, starts_at, ends_at, email, first_name, locale)
                        VALUES (:appointmentId, :version, :status, :clientId, :locationId, :therapistId, :treatmentId,
                            :startsAt, :endsAt, :email, :firstName, :locale)
                        ON CONFLICT (appointment_id) DO UPDATE
                        SET version = EXCLUDED.version, status = EXCLUDED.status, client_id = EXCLUDED.client_id,
                            location_id = EXCLUDED.location_id, therapist_id = EXCLUDED.therapist_id,
                            treatment_id = EXCLUDED.treatment_id, starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at,
                            email = EXCLUDED.email, first_name = EXCLUDED.first_name, locale = EXCLUDED.locale, updated_at = now()
                        WHERE appointment_state.version < EXCLUDED.version
                        """)
                .param("appointmentId", event.appointmentId())
                .param("version", event.version())
                .param("status", event.status())
                .param("clientId", event.clientId())
                .param("locationId", event.locationId())
                .param("therapistId", event.therapistId())
                .param("treatmentId", event.treatmentId())
                .param("startsAt", Timestamp.from(event.startsAt().toInstant()))
                .param("endsAt", Timestamp.from(event.endsAt().toInstant()))
                .param("email", event.client().email())
                .param("firstName", event.client().firstName())
                .param("locale", event.client().locale())
                .update() == 1;
    }

    public Optional<AppointmentState> find(UUID appointmentId) {
        return jdbc.sql("""
                        SELECT appointment_id, version, status, client_id, location_id, therapist_id, treatment_id, starts_at,
                            ends_at, email, first_name, locale
                        FROM appointment_state WHERE appointment_id = :id
                        """)
                .param("id", appointmentId)
                .query(AppointmentState.class)
                .optional();
    }

    /**
     * Whether the client has an appointment at one of these locations that is not cancelled: the active relation
     * that makes them front desk's client. A cancelled booking grants nothing, so booking and cancelling a dummy
     * appointment does not open a client's record to a front desk.
     */
    public boolean clientHasActiveAppointmentAt(UUID clientId, Set<UUID> locationIds) {
        if (locationIds.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM appointment_state
                                       WHERE client_id = :clientId AND location_id IN (:locations) AND status <> 'CANCELLED')
                        """)
                .param("clientId", clientId)
                .param("locations", List.copyOf(locationIds))
                .query(Boolean.class)
                .single();
    }
}
