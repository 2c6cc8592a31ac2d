package com.clinicnetwork.booking.series;

import com.clinicnetwork.audit.AuditedRecords;
import com.clinicnetwork.booking.aftercare.CourseCheckIn;
import com.clinicnetwork.booking.appointment.AppointmentView;
import com.clinicnetwork.booking.appointment.CancelRequest;
import com.clinicnetwork.idempotency.IdempotentRequests;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/appointment-series")
@Tag(name = "Appointment series", description = "Courses: several sessions booked at once, all or none, read and cancelled together.")
class SeriesController {

    private final BookCourse booking;
    private final FindAlternatives alternatives;
    private final CourseReads courses;
    private final CourseCancellation cancellation;
    private final IdempotentRequests idempotency;

    SeriesController(BookCourse booking, FindAlternatives alternatives, CourseReads courses, CourseCancellation cancellation,
            IdempotentRequests idempotency) {
        this.booking = booking;
        this.alternatives = alternatives;
        this.courses = courses;
        this.cancellation = cancellation;
        this.idempotency = idempotency;
    }

    /** Who may book for whom is as for single appointments; each appointment is then read and changed on its own. */
    @PostMapping
    @Operation(operationId = "bookAppointmentSeries", summary = "Book a course of sessions, all or none")
    @ApiResponse(responseCode = "201", description = "Booked: the course's appointments, earliest first.")
    @ApiResponse(responseCode = "409", description = "`series-unavailable`: some sessions cannot be booked, nothing was (`unavailable` lists them, each with its `reason`: `slot-taken`, `room-taken` or `not-bookable`); `client-limit-reached`; `client-erased`.")
    ResponseEntity<SeriesView> book(@Valid @RequestBody SeriesRequest request,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey, ClinicUser user,
            HttpServletRequest servletRequest) {
        SeriesView booked = idempotency.once(idempotencyKey, user.subject(), request, SeriesView.class,
                () -> booking.book(user, request));
        AuditedRecords.returned(servletRequest, "appointment", booked.appointments().stream().map(AppointmentView::id).toList());
        return ResponseEntity.status(HttpStatus.CREATED).body(booked);
    }

    /** Nothing of the course was booked; the free starts around each unavailable date are looked up after that. */
    @ExceptionHandler(CourseUnavailableException.class)
    ProblemDetail unavailable(CourseUnavailableException e) {
        List<FindAlternatives.UnavailableDate> dates = alternatives.around(e);
        return new ApiProblemException(HttpStatus.CONFLICT, "series-unavailable", "Some sessions cannot be booked",
                dates.size() + " of " + e.course().occurrences() + " sessions cannot be booked; nothing was booked.")
                .with("unavailable", dates).toProblemDetail();
    }

    /** Whoever may see one of its sessions sees the course, with the sessions they may see; everyone else 404. */
    @GetMapping("/{id}")
    @Operation(operationId = "getAppointmentSeries", summary = "Read a course with the sessions the caller may see")
    CourseView get(@PathVariable UUID id, ClinicUser user, HttpServletRequest servletRequest) {
        return returned(servletRequest, courses.visible(user, id));
    }

    /**
     * Cancels the sessions still booked and yet to come, each as a single cancellation would; past, cancelled and
     * checked-in sessions stay as they are. The client, front desk at the course's location and admins may; a
     * therapist who can see the course 403 ({@link CourseCancellation}).
     */
    @PostMapping("/{id}/cancel")
    @Operation(operationId = "cancelAppointmentSeries", summary = "Cancel a course's upcoming sessions")
    CourseView cancel(@PathVariable UUID id, @Valid @RequestBody CancelRequest request, ClinicUser user,
            HttpServletRequest servletRequest) {
        return returned(servletRequest, cancellation.cancel(user, id, request.reason().strip()));
    }

    private static CourseView returned(HttpServletRequest servletRequest, CourseView course) {
        AuditedRecords.returned(servletRequest, "appointment", course.appointments().stream().map(AppointmentView::id).toList());
        AuditedRecords.returned(servletRequest, "aftercare-check-in",
                course.aftercareCheckIns().stream().map(CourseCheckIn::appointmentId).toList());
        return course;
    }
}
