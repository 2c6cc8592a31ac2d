package com.clinicnetwork.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.notification.message.AppointmentVersion;
import com.clinicnetwork.notification.message.BookingConfirmation;
import com.clinicnetwork.notification.message.CancellationNotice;
import com.clinicnetwork.notification.message.MessageContent;
import com.clinicnetwork.notification.message.MessageContentJson;
import com.clinicnetwork.notification.message.RescheduleNotice;
import com.clinicnetwork.notification.message.SessionAftercare;
import com.clinicnetwork.notification.message.Visit;
import com.clinicnetwork.notification.message.WaitlistOffer;
import com.clinicnetwork.testsupport.infrastructure.SharedInfrastructure;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration V8 moves what a message says into one JSON column: notifications stored before it (in the columns of V7)
 * are read back as the same messages, and their appointment, client, location and template are still searchable.
 */
class NotificationContentMigrationIT {

    private static final Instant STARTS_AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant ENDS_AT = STARTS_AT.plus(Duration.ofHours(1));

    private final UUID appointmentId = UUID.randomUUID();
    private final UUID offerId = UUID.randomUUID();
    private final Visit visit = new Visit(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), STARTS_AT, ENDS_AT);

    @Test
    void notificationsStoredBeforeTheContentColumnAreReadBackAsTheSameMessages() {
        DriverManagerDataSource database = new DriverManagerDataSource(
                SharedInfrastructure.postgres().createDatabase("notification_migration_" + Long.toHexString(System.nanoTime())),
                "postgres", "postgres");
        migrate(database, "7");
        JdbcClient jdbc = JdbcClient.create(database);
        UUID confirmation = insertV7(jdbc, "appointment-confirmation", 1, Map.of());
        UUID moved = insertV7(jdbc, "appointment-rescheduled", 2, Map.of("previous_starts_at", STARTS_AT.minus(Duration.ofDays(7))));
        UUID late = insertV7(jdbc, "appointment-cancelled", 3, Map.of("late_cancellation", true));
        UUID aftercare = insertV7(jdbc, "session-aftercare", 4, Map.of("check_in_closes_at", ENDS_AT.plus(Duration.ofDays(3))));
        UUID olderAftercare = insertV7(jdbc, "session-aftercare", 5, Map.of());
        UUID offer = insertV7(jdbc, "waitlist-offer", 0, Map.of("hold_until", STARTS_AT.minus(Duration.ofHours(16))));

        migrate(database, "latest");

        AppointmentVersion appointment = new AppointmentVersion(appointmentId, 1);
        assertThat(content(jdbc, confirmation)).isEqualTo(new BookingConfirmation(appointment, visit));
        assertThat(content(jdbc, moved)).isEqualTo(new RescheduleNotice(new AppointmentVersion(appointmentId, 2), visit,
                Optional.of(STARTS_AT.minus(Duration.ofDays(7)))));
        assertThat(content(jdbc, late)).isEqualTo(new CancellationNotice(new AppointmentVersion(appointmentId, 3), visit, true));
        assertThat(content(jdbc, aftercare)).isEqualTo(new SessionAftercare(new AppointmentVersion(appointmentId, 4), visit,
                ENDS_AT.plus(Duration.ofDays(3))));
        // Its link was signed for booking-service's default window, and still is.
        assertThat(content(jdbc, olderAftercare)).isEqualTo(new SessionAftercare(new AppointmentVersion(appointmentId, 5), visit,
                ENDS_AT.plus(Duration.ofDays(14))));
        assertThat(content(jdbc, offer)).isEqualTo(new WaitlistOffer(offerId, visit, STARTS_AT.minus(Duration.ofHours(16))));
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM notification
                        WHERE appointment_id = :appointment AND client_id = :client AND location_id = :location
                        """)
                .param("appointment", appointmentId).param("client", visit.clientId()).param("location", visit.locationId())
                .query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT template FROM notification WHERE id = :id").param("id", offer).query(String.class).single())
                .isEqualTo("waitlist-offer");
    }

    private static void migrate(DriverManagerDataSource database, String target) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration").outOfOrder(true).target(target).load().migrate();
    }

    /** A notification as the service stored it up to migration V7. */
    private UUID insertV7(JdbcClient jdbc, String template, long version, Map<String, Object> details) {
        UUID id = UUID.randomUUID();
        boolean aboutOffer = template.equals("waitlist-offer");
        jdbc.sql("""
                        INSERT INTO notification (id, appointment_id, appointment_version, offer_id, occasion, client_id, location_id,
                            therapist_id, treatment_id, starts_at, ends_at, previous_starts_at, hold_until, check_in_closes_at,
                            late_cancellation, channel, template, recipient, recipient_name, locale, status)
                        VALUES (:id, :appointmentId, :version, :offerId, :occasion, :clientId, :locationId, :therapistId, :treatmentId,
                            :startsAt, :endsAt, :previousStartsAt, :holdUntil, :checkInClosesAt, :late, 'EMAIL', :template,
                            'sam@example.com', 'Sam', 'en-GB', 'SENT')
                        """)
                .param("id", id)
                .param("appointmentId", aboutOffer ? null : appointmentId)
                .param("version", aboutOffer ? null : version)
                .param("offerId", aboutOffer ? offerId : null)
                .param("occasion", "test:" + id)
                .param("clientId", visit.clientId())
                .param("locationId", visit.locationId())
                .param("therapistId", visit.therapistId())
                .param("treatmentId", visit.treatmentId())
                .param("startsAt", Timestamp.from(STARTS_AT))
                .param("endsAt", Timestamp.from(ENDS_AT))
                .param("previousStartsAt", timestamp(details.get("previous_starts_at")))
                .param("holdUntil", timestamp(details.get("hold_until")))
                .param("checkInClosesAt", timestamp(details.get("check_in_closes_at")))
                .param("late", details.getOrDefault("late_cancellation", false))
                .param("template", template)
                .update();
        return id;
    }

    private static MessageContent content(JdbcClient jdbc, UUID id) {
        return MessageContentJson.read(jdbc.sql("SELECT content::text FROM notification WHERE id = :id").param("id", id)
                .query(String.class).single());
    }

    private static Timestamp timestamp(Object instant) {
        return instant == null ? null : Timestamp.from((Instant) instant);
    }
}
