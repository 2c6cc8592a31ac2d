package com.clinicnetwork.therapist.practitioner;

import com.clinicnetwork.idempotency.IdempotentRequests;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.web.ETags;
import com.clinicnetwork.therapist.schedule.ExtraHours;
import com.clinicnetwork.therapist.schedule.TimeOff;
import com.clinicnetwork.therapist.practitioner.ScheduleExceptionRequests.ExtraHoursRequest;
import com.clinicnetwork.therapist.practitioner.ScheduleExceptionRequests.TimeOffRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A therapist's time off and extra hours; the therapist's GET shows them. */
@RestController
@RequestMapping("/api/v1/therapists/{therapistId}")
@Tag(name = "Therapists")
class ScheduleExceptionController {

    private final ScheduleExceptionService service;
    private final IdempotentRequests idempotency;

    ScheduleExceptionController(ScheduleExceptionService service, IdempotentRequests idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @PostMapping("/time-off")
    @Operation(operationId = "addTimeOff", summary = "Add time off (admin, the therapist)")
    @ApiResponse(responseCode = "201", description = "Added, with `Location`.")
    ResponseEntity<TimeOff> addTimeOff(@PathVariable UUID therapistId, @Valid @RequestBody TimeOffRequest request,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey, ClinicUser user) {
        TimeOff timeOff = idempotency.once(idempotencyKey, user.subject(), request, TimeOff.class,
                () -> service.addTimeOff(therapistId, request.toTimeOff(UUID.randomUUID()), user));
        return ResponseEntity.created(URI.create("/api/v1/therapists/" + therapistId + "/time-off/" + timeOff.id()))
                .body(timeOff);
    }

    @DeleteMapping("/time-off/{timeOffId}")
    @Operation(operationId = "removeTimeOff", summary = "Remove time off (admin, the therapist)")
    @ApiResponse(responseCode = "204", description = "Removed; `ETag` is the therapist's new version.")
    ResponseEntity<Void> removeTimeOff(@PathVariable UUID therapistId, @PathVariable UUID timeOffId, ClinicUser user) {
        return noContent(service.removeTimeOff(therapistId, timeOffId, user));
    }

    @PostMapping("/extra-hours")
    @Operation(operationId = "addExtraHours", summary = "Add extra working hours on a date (admin)")
    @ApiResponse(responseCode = "201", description = "Added, with `Location`.")
    ResponseEntity<ExtraHours> addExtraHours(@PathVariable UUID therapistId, @Valid @RequestBody ExtraHoursRequest request,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey, ClinicUser user) {
        ExtraHours extra = idempotency.once(idempotencyKey, user.subject(), request, ExtraHours.class,
                () -> service.addExtraHours(therapistId, request.toExtraHours(UUID.randomUUID())));
        return ResponseEntity.created(URI.create("/api/v1/therapists/" + therapistId + "/extra-hours/" + extra.id()))
                .body(extra);
    }

    @DeleteMapping("/extra-hours/{extraHoursId}")
    @Operation(operationId = "removeExtraHours", summary = "Remove extra hours (admin)")
    @ApiResponse(responseCode = "204", description = "Removed; `ETag` is the therapist's new version.")
    ResponseEntity<Void> removeExtraHours(@PathVariable UUID therapistId, @PathVariable UUID extraHoursId) {
        return noContent(service.removeExtraHours(therapistId, extraHoursId));
    }

    /** 204 with the therapist's new version, for a following If-Match on the therapist. */
    private static ResponseEntity<Void> noContent(TherapistView therapist) {
        return ResponseEntity.noContent().eTag(ETags.of(therapist.version())).build();
    }
}
