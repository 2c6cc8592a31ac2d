package com.clinicnetwork.booking.series;

import com.clinicnetwork.booking.appointment.AppointmentAccess;
import com.clinicnetwork.booking.appointment.AppointmentBooking;
import com.clinicnetwork.booking.appointment.Course;
import com.clinicnetwork.booking.appointment.CourseUnavailableException;
import com.clinicnetwork.booking.availability.AvailabilityService;
import com.clinicnetwork.booking.availability.FreeSlot;
import com.clinicnetwork.booking.client.ClientRepository;
import com.clinicnetwork.booking.directory.DirectoryRepository;
import com.clinicnetwork.booking.directory.Location;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books a course all-or-nothing. When some sessions cannot be booked, nothing is, and {@link #unavailableDates} names
 * each such date with the reason and the nearest free starts with the same therapist around it.
 */
@Service
class SeriesBooking {

    /** How far either side of an unavailable date alternatives are looked for. */
    private static final Duration ALTERNATIVES_AROUND = Duration.ofDays(3);
    private static final int ALTERNATIVES_PER_DATE = 3;

    private final AppointmentBooking booking;
    private final AvailabilityService availability;
    private final DirectoryRepository directory;
    private final ClientRepository clients;
    private final JdbcClient jdbc;

    SeriesBooking(AppointmentBooking booking, AvailabilityService availability, DirectoryRepository directory,
            ClientRepository clients, JdbcClient jdbc) {
        this.booking = booking;
        this.availability = availability;
        this.directory = directory;
        this.clients = clients;
        this.jdbc = jdbc;
    }

    /**
     * Books the course's series row and every session in a transaction of its own or the caller's.
     *
     * @throws CourseUnavailableException if some sessions cannot be booked; the transaction rolls back
     */
    @Transactional
    SeriesView book(ClinicUser user, SeriesRequest request) {
        ZoneId zone = directory.findLocation(request.locationId()).filter(Location::active).map(Location::timeZone)
                .orElseThrow(() -> ApiProblemException.invalidField("locationId", "no bookable location with this id"));
        List<Instant> starts = SeriesPlan.starts(request.firstStartsAt().toInstant(), zone, request.intervalWeeks(),
                request.occurrences());
        UUID clientId = AppointmentAccess.clientToBookFor(user, request.clientId(), request.locationId());
        if (clients.find(clientId).isEmpty()) {
            throw ApiProblemException.invalidField("clientId", "no client with this id");
        }
        UUID seriesId = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO appointment_series (id, client_id, therapist_id, location_id, treatment_id, interval_weeks, occurrences)
                        VALUES (:id, :clientId, :therapistId, :locationId, :treatmentId, :intervalWeeks, :occurrences)
                        """)
                .param("id", seriesId)
                .param("clientId", clientId)
                .param("therapistId", request.therapistId())
                .param("locationId", request.locationId())
                .param("treatmentId", request.treatmentId())
                .param("intervalWeeks", request.intervalWeeks())
                .param("occurrences", request.occurrences())
                .update();
        return new SeriesView(seriesId, booking.bookCourse(user, new Course(clientId, request.therapistId(),
                request.locationId(), request.treatmentId(), starts, request.intakeNotes(), seriesId)));
    }

    /** Each date of a course that could not be booked, why, and the nearest free starts with the same therapist. */
    List<UnavailableDate> unavailableDates(CourseUnavailableException e) {
        Course course = e.course();
        return e.unavailable().stream()
                .map(occurrence -> new UnavailableDate(utc(occurrence.startsAt()), occurrence.reason(), occurrence.detail(),
                        availability.nearestFreeSlots(course.locationId(), course.treatmentId(), course.therapistId(),
                                occurrence.startsAt(), ALTERNATIVES_AROUND, ALTERNATIVES_PER_DATE).stream()
                                .map(Alternative::of).toList()))
                .toList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A date of the course that cannot be booked, why, and free starts near it with the same therapist. */
    record UnavailableDate(OffsetDateTime startsAt, String reason, String detail, List<Alternative> alternatives) {
    }

    record Alternative(UUID therapistId, OffsetDateTime startsAt, OffsetDateTime endsAt) {
        static Alternative of(FreeSlot slot) {
            return new Alternative(slot.therapistId(), utc(slot.startsAt()), utc(slot.endsAt()));
        }
    }
}
