package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.booking.idempotency.IdempotencyRecords;
import com.clinicnetwork.booking.web.ETags;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/appointments")
class AppointmentController {

    private final AppointmentBooking booking;
    private final AppointmentRepository appointments;

    AppointmentController(AppointmentBooking booking, AppointmentRepository appointments) {
        this.booking = booking;
        this.appointments = appointments;
    }

    @PostMapping
    ResponseEntity<AppointmentView> book(@Valid @RequestBody BookAppointmentRequest request,
            @RequestHeader(name = IdempotencyRecords.HEADER, required = false) String idempotencyKey, ClinicUser user) {
        AppointmentBooking.Booking result = booking.book(user, request, idempotencyKey);
        AppointmentView appointment = result.appointment();
        return ResponseEntity.status(result.status())
                .location(URI.create("/api/v1/appointments/" + appointment.id()))
                .eTag(ETags.of(appointment.version()))
                .body(appointment);
    }

    @GetMapping("/{id}")
    ResponseEntity<AppointmentView> get(@PathVariable UUID id, ClinicUser user) {
        Appointment appointment = appointments.find(id)
                .filter(found -> AppointmentAccess.canView(user, found))
                .orElseThrow(() -> ApiProblemException.notFound("Appointment", id));
        return ResponseEntity.ok().eTag(ETags.of(appointment.version())).body(AppointmentView.of(appointment));
    }
}
