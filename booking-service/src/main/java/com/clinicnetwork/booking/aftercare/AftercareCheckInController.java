package com.clinicnetwork.booking.aftercare;

import com.clinicnetwork.audit.AuditedRecords;
import com.clinicnetwork.idempotency.IdempotentRequests;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.web.PageOf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The aftercare check-in ("how does your knee feel, 0–10"): answered by the signed-in client or through the signed
 * link in the aftercare message (no sign-in), read by the client, their therapists and clinic admins.
 */
@RestController
@Validated
@Tag(name = "Aftercare check-ins", description = "How a client feels after a fulfilled session (0 to 10), answered once, signed in or from the signed link in the aftercare message.")
class AftercareCheckInController {

    static final String RECORD_TYPE = "aftercare-check-in";
    /** Whose idempotency keys a link's answers use: the link's, as nobody signs in. */
    private static final String LINK_CALLER = "check-in-link:";

    private final CheckInAnswering answering;
    private final CheckInReads reads;
    private final IdempotentRequests idempotency;

    AftercareCheckInController(CheckInAnswering answering, CheckInReads reads, IdempotentRequests idempotency) {
        this.answering = answering;
        this.reads = reads;
        this.idempotency = idempotency;
    }

    @PostMapping("/api/v1/appointments/{id}/aftercare-check-in")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "answerAftercareCheckIn", summary = "Answer the aftercare check-in of your fulfilled appointment (client)")
    @ApiResponse(responseCode = "201", description = "Answered.")
    @ApiResponse(responseCode = "409", description = "`appointment-not-fulfilled`, `check-in-already-answered`, `check-in-closed` (the answer window has passed) or `client-erased`.")
    CheckInView answer(@PathVariable UUID id, @Valid @RequestBody CheckInRequest request,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey, ClinicUser user,
            HttpServletRequest servletRequest) {
        CheckInView answer = idempotency.once(idempotencyKey, user.subject(), request, CheckInView.class,
                () -> answering.answer(user, id, request));
        AuditedRecords.returned(servletRequest, RECORD_TYPE, List.of(answer.appointmentId()));
        return answer;
    }

    /**
     * Open without a token: the link is the credential. Its requests identify no one, so the audit trail (which
     * records who) has nothing to record; the page shows nothing about the client.
     */
    @GetMapping("/api/v1/aftercare-check-in-links/{token}")
    @Operation(operationId = "openAftercareCheckInLink", summary = "Open the check-in of a signed link (no sign-in)")
    @ApiResponse(responseCode = "404", description = "`check-in-link-invalid`: not a link this platform signed.")
    @ApiResponse(responseCode = "410", description = "`check-in-link-expired`: the answer window has closed.")
    CheckInLinkView link(@PathVariable String token) {
        return answering.linkView(token);
    }

    /** The link is checked first; the idempotency keys of its answers belong to the appointment it is for. */
    @PostMapping("/api/v1/aftercare-check-in-links/{token}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "answerAftercareCheckInLink", summary = "Answer the check-in of a signed link (no sign-in)")
    @ApiResponse(responseCode = "201", description = "Answered.")
    @ApiResponse(responseCode = "404", description = "`check-in-link-invalid`: not a link this platform signed.")
    @ApiResponse(responseCode = "409", description = "`check-in-already-answered`, `appointment-not-fulfilled` or `client-erased`.")
    @ApiResponse(responseCode = "410", description = "`check-in-link-expired`: the answer window has closed.")
    CheckInView answerByLink(@PathVariable String token, @Valid @RequestBody CheckInRequest request,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        UUID appointmentId = answering.linkedAppointment(token);
        return idempotency.once(idempotencyKey, LINK_CALLER + appointmentId, request, CheckInView.class,
                () -> answering.answerByLink(appointmentId, request));
    }

    /** At least one of {@code clientId} and {@code seriesId}; {@code page} counts from 0. */
    @GetMapping("/api/v1/aftercare-check-ins")
    @Operation(operationId = "listAftercareCheckIns", summary = "List check-in answers of a client or a course, by session start",
            description = "The client, therapists who have or had a non-cancelled appointment with them, and clinic admins (health data).")
    PageOf<CheckInView> search(@RequestParam(required = false) UUID clientId, @RequestParam(required = false) UUID seriesId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            ClinicUser user, HttpServletRequest servletRequest) {
        PageOf<CheckInView> found = reads.search(user, Optional.ofNullable(clientId), Optional.ofNullable(seriesId), page, size);
        AuditedRecords.returned(servletRequest, RECORD_TYPE, found.items().stream().map(CheckInView::appointmentId).toList());
        return found;
    }
}
