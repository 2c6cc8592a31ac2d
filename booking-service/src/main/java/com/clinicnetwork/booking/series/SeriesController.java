package com.clinicnetwork.booking.series;

import com.clinicnetwork.audit.AuditedRecords;
import com.clinicnetwork.booking.appointment.AppointmentView;
import com.clinicnetwork.booking.idempotency.IdempotencyRecords;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/appointment-series")
class SeriesController {

    private final SeriesBooking series;

    SeriesController(SeriesBooking series) {
        this.series = series;
    }

    /** Who may book for whom is as for single appointments; each appointment is then read and changed on its own. */
    @PostMapping
    ResponseEntity<SeriesView> book(@Valid @RequestBody SeriesRequest request,
            @RequestHeader(name = IdempotencyRecords.HEADER, required = false) String idempotencyKey, ClinicUser user,
            HttpServletRequest servletRequest) {
        SeriesView booked = series.book(user, request, idempotencyKey);
        AuditedRecords.returned(servletRequest, "appointment", booked.appointments().stream().map(AppointmentView::id).toList());
        return ResponseEntity.status(HttpStatus.CREATED).body(booked);
    }
}
