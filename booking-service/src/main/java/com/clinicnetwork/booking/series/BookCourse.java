package com.clinicnetwork.booking.series;

import com.clinicnetwork.booking.appointment.Appointment;
import com.clinicnetwork.booking.appointment.AppointmentAccess;
import com.clinicnetwork.booking.appointment.AppointmentView;
import com.clinicnetwork.booking.appointment.AppointmentWriter;
import com.clinicnetwork.booking.appointment.BookingContext;
import com.clinicnetwork.booking.appointment.BookingContextLoader;
import com.clinicnetwork.booking.appointment.BookingRejectedException;
import com.clinicnetwork.booking.appointment.RoomCalendar;
import com.clinicnetwork.booking.appointment.Slot;
import com.clinicnetwork.booking.appointment.TherapistCalendarRepository;
import com.clinicnetwork.booking.availability.Interval;
import com.clinicnetwork.booking.availability.RoomSchedule;
import com.clinicnetwork.booking.client.Client;
import com.clinicnetwork.booking.client.ClientRepository;
import com.clinicnetwork.booking.directory.DirectoryRepository;
import com.clinicnetwork.booking.directory.Location;
import com.clinicnetwork.booking.limits.ClientAllowance;
import com.clinicnetwork.booking.limits.Holdings;
import com.clinicnetwork.booking.policy.BookingPolicyRepository;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books a course all-or-nothing, in one transaction: the location (its time zone places the sessions), who may book
 * for whom and the client are read once, then, under the therapist's calendar lock (and the location's room lock, when
 * the treatment needs a room), the directory's side of the booking, what already takes the therapist's time and the
 * rooms around the whole course, once each, and every session is judged
 * ({@link CourseRules}) before any is written. When some cannot be booked, nothing is, and the exception names each.
 */
@Service
class BookCourse {

    private final DirectoryRepository directory;
    private final ClientRepository clients;
    private final CourseRepository courses;
    private final ClientAllowance allowance;
    private final BookingContextLoader contexts;
    private final BookingPolicyRepository policies;
    private final TherapistCalendarRepository calendar;
    private final RoomCalendar roomCalendar;
    private final AppointmentWriter writer;
    private final Clock clock;

    BookCourse(DirectoryRepository directory, ClientRepository clients, CourseRepository courses, ClientAllowance allowance,
            BookingContextLoader contexts, BookingPolicyRepository policies, TherapistCalendarRepository calendar,
            RoomCalendar roomCalendar, AppointmentWriter writer, Clock clock) {
        this.directory = directory;
        this.clients = clients;
        this.courses = courses;
        this.allowance = allowance;
        this.contexts = contexts;
        this.policies = policies;
        this.calendar = calendar;
        this.roomCalendar = roomCalendar;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * @throws BookingRejectedException   if the location or the client does not exist, or staff name no client
     * @throws CourseUnavailableException if some sessions cannot be booked; the transaction rolls back
     */
    @Transactional
    SeriesView book(ClinicUser user, SeriesRequest request) {
        Location location = directory.findLocation(request.locationId()).filter(Location::active)
                .orElseThrow(() -> new BookingRejectedException(BookingRejectedException.Reason.NOT_BOOKABLE, "locationId",
                        "no bookable location with this id"));
        List<Instant> starts = SeriesPlan.starts(request.firstStartsAt().toInstant(), location.timeZone(),
                request.intervalWeeks(), request.occurrences());
        UUID clientId = AppointmentAccess.clientToBookFor(user, request.clientId(), location.id());
        Client client = clients.find(clientId).orElseThrow(BookingRejectedException::unknownClient);
        UUID seriesId = UUID.randomUUID();
        courses.insert(seriesId, clientId, request);
        allowance.require(clientId, Holdings.course(starts.size()));
        calendar.lock(List.of(request.therapistId()));
        CourseRules.Plan plan = plan(location, request, starts);
        if (!plan.unavailable().isEmpty()) {
            throw new CourseUnavailableException(request, plan.unavailable());
        }
        Instant now = clock.instant();
        List<AppointmentView> sessions = plan.sessions().stream()
                .map(session -> writer.booked(Appointment.booked(UUID.randomUUID(), clientId, location.id(),
                        request.treatmentId(), session.slot(), session.roomId(), request.intakeNotes(), seriesId, now), client))
                .toList();
        return new SeriesView(seriesId, sessions);
    }

    /**
     * Under the therapist's calendar lock and, when the treatment needs a room, the location's room lock: what is taken
     * cannot change until the sessions are written.
     */
    private CourseRules.Plan plan(Location location, SeriesRequest request, List<Instant> starts) {
        BookingContext context;
        try {
            context = contexts.load(location, request.treatmentId(), request.therapistId(), starts);
        } catch (BookingRejectedException e) {
            return CourseRules.ruledOut(starts, e);
        }
        Interval span = context.parties().spanOf(starts);
        List<Slot> taken = calendar.taken(request.therapistId(), span);
        RoomSchedule rooms = roomCalendar.lockedAround(location.id(), context.parties().treatment(), span, null);
        return CourseRules.plan(context, starts, policies.policyAt(location.id()), clock.instant(), taken, rooms);
    }
}
