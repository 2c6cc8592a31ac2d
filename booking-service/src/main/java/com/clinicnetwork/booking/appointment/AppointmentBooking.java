package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.booking.client.Client;
import com.clinicnetwork.booking.client.ClientRepository;
import com.clinicnetwork.booking.directory.DirectoryRepository;
import com.clinicnetwork.booking.idempotency.IdempotencyRecords;
import com.clinicnetwork.booking.idempotency.StoredResponse;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.appointment.AppointmentEvent;
import com.clinicnetwork.contracts.appointment.ClientContact;
import com.clinicnetwork.messaging.outbox.OutboxWriter;
import com.clinicnetwork.messaging.outbox.OutgoingEvent;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import com.clinicnetwork.servicedefaults.web.FieldProblem;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Books an appointment: the appointment row, its {@code appointment.booked} outbox event and the
 * idempotency record commit together or not at all.
 */
@Service
public class AppointmentBooking {

    private static final String OPERATION = "POST /api/v1/appointments";
    private static final String EXCLUSION_VIOLATION = "23P01";

    private final DirectoryRepository directory;
    private final ClientRepository clients;
    private final AppointmentRepository appointments;
    private final OutboxWriter outbox;
    private final IdempotencyRecords idempotency;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    AppointmentBooking(DirectoryRepository directory, ClientRepository clients, AppointmentRepository appointments,
            OutboxWriter outbox, IdempotencyRecords idempotency, TransactionTemplate transactions, JsonMapper json,
            Clock clock) {
        this.directory = directory;
        this.clients = clients;
        this.appointments = appointments;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param idempotencyKey the caller's key for this request, or null
     * @return the response to give: the new appointment, or what a request with the same key got first
     */
    public Booking book(ClinicUser user, BookAppointmentRequest request, String idempotencyKey) {
        try {
            return transactions.execute(status -> bookInTransaction(user, request, idempotencyKey));
        } catch (SlotTakenException e) {
            // Asked after the rollback: the failed insert aborted the booking's transaction.
            throw slotTaken(e.requested, appointments.findOverlapping(e.requested));
        }
    }

    private Booking bookInTransaction(ClinicUser user, BookAppointmentRequest request, String idempotencyKey) {
        if (idempotencyKey != null) {
            String requestHash = IdempotencyRecords.hash(OPERATION, json.writeValueAsString(request));
            Optional<StoredResponse> earlier = idempotency.claim(user.subject(), idempotencyKey, requestHash);
            if (earlier.isPresent()) {
                return new Booking(earlier.get().status(), json.readValue(earlier.get().body(), AppointmentView.class));
            }
        }
        UUID clientId = AppointmentAccess.clientToBookFor(user, request.clientId(), request.locationId());
        Client client = clients.find(clientId)
                .orElseThrow(() -> ApiProblemException.invalidField("clientId", "no client with this id"));
        Slot slot = slotFor(request);
        // timestamptz keeps microseconds; the creation response must match what a later read returns.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Appointment appointment = Appointment.booked(UUID.randomUUID(), clientId, request.locationId(),
                request.treatmentId(), slot, request.intakeNotes(), now);
        try {
            appointments.insert(appointment);
        } catch (DataIntegrityViolationException e) {
            if (isExclusionViolation(e)) {
                throw new SlotTakenException(slot);
            }
            throw e;
        }
        outbox.append(OutgoingEvent.about(Topics.APPOINTMENTS, EventTypes.APPOINTMENT_BOOKED, appointment.id(),
                bookedEvent(appointment, client)));
        Booking booking = new Booking(HttpStatus.CREATED.value(), AppointmentView.of(appointment));
        if (idempotencyKey != null) {
            idempotency.complete(user.subject(), idempotencyKey,
                    new StoredResponse(booking.status(), json.writeValueAsString(booking.appointment())));
        }
        return booking;
    }

    private Slot slotFor(BookAppointmentRequest request) {
        try {
            return BookingRules.slotFor(
                    request.locationId(), directory.findLocation(request.locationId()),
                    request.treatmentId(), directory.findTreatment(request.treatmentId()),
                    request.therapistId(), directory.findTherapist(request.therapistId()),
                    request.startsAt().toInstant(), clock.instant());
        } catch (BookingRejectedException e) {
            if (e.reason() == BookingRejectedException.Reason.OUTSIDE_WORKING_HOURS) {
                throw new ApiProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "outside-working-hours",
                        "Outside working hours", e.getMessage())
                        .with("errors", List.of(new FieldProblem(e.field(), e.getMessage())));
            }
            throw ApiProblemException.invalidField(e.field(), e.getMessage());
        }
    }

    /** The event carries what notifications need to reach the client, and deliberately not the intake notes. */
    private static AppointmentEvent bookedEvent(Appointment appointment, Client client) {
        return new AppointmentEvent(appointment.id(), appointment.version(), appointment.status().name(),
                appointment.clientId(), appointment.therapistId(), appointment.locationId(), appointment.treatmentId(),
                utc(appointment.startsAt()), utc(appointment.endsAt()),
                new ClientContact(client.firstName(), client.email(), client.locale()), null, null, false);
    }

    private static ApiProblemException slotTaken(Slot requested, Optional<Slot> conflicting) {
        ApiProblemException problem = new ApiProblemException(HttpStatus.CONFLICT, "slot-taken", "Slot already taken",
                "The therapist is already booked during the requested time.")
                .with("requestedSlot", SlotDetails.of(requested));
        conflicting.ifPresent(slot -> problem.with("conflictingSlot", SlotDetails.of(slot)));
        return problem;
    }

    private static boolean isExclusionViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The response to a booking request: its status and the appointment. */
    public record Booking(int status, AppointmentView appointment) {
    }

    /**
     * A slot in a 409 answer: {@code busyUntil} includes the treatment's buffer, the earliest the therapist
     * can start another session.
     */
    record SlotDetails(UUID therapistId, OffsetDateTime startsAt, OffsetDateTime endsAt, OffsetDateTime busyUntil) {
        static SlotDetails of(Slot slot) {
            return new SlotDetails(slot.therapistId(), utc(slot.startsAt()), utc(slot.endsAt()), utc(slot.blockedUntil()));
        }
    }

    private static final class SlotTakenException extends RuntimeException {
        private final Slot requested;

        SlotTakenException(Slot requested) {
            super(null, null, false, false);
            this.requested = requested;
        }
    }
}
