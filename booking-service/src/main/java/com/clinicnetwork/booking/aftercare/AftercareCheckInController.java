package com.clinicnetwork.booking.aftercare;

import com.clinicnetwork.audit.AuditedRecords;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The aftercare check-in ("how does your knee feel, 0–10"): answered by the signed-in client or through the signed
 * link in the aftercare message (no sign-in), read by the client, their therapists and clinic admins.
 */
@RestController
@Validated
class AftercareCheckInController {

    static final String RECORD_TYPE = "aftercare-check-in";

    private final CheckInAnswering answering;
    private final CheckInReads reads;

    AftercareCheckInController(CheckInAnswering answering, CheckInReads reads) {
        this.answering = answering;
        this.reads = reads;
    }

    @PostMapping("/api/v1/appointments/{id}/aftercare-check-in")
    @ResponseStatus(HttpStatus.CREATED)
    CheckInView answer(@PathVariable UUID id, @Valid @RequestBody CheckInRequest request, ClinicUser user,
            HttpServletRequest servletRequest) {
        CheckInView answer = answering.answer(user, id, request);
        AuditedRecords.returned(servletRequest, RECORD_TYPE, List.of(answer.appointmentId()));
        return answer;
    }

    /**
     * Open without a token: the link is the credential. Its requests identify no one, so the audit trail (which
     * records who) has nothing to record; the page shows nothing about the client.
     */
    @GetMapping("/api/v1/aftercare-check-in-links/{token}")
    CheckInLinkView link(@PathVariable String token) {
        return answering.linkView(token);
    }

    @PostMapping("/api/v1/aftercare-check-in-links/{token}")
    @ResponseStatus(HttpStatus.CREATED)
    CheckInView answerByLink(@PathVariable String token, @Valid @RequestBody CheckInRequest request) {
        return answering.answer(token, request);
    }

    /** At least one of {@code clientId} and {@code seriesId}; {@code page} counts from 0. */
    @GetMapping("/api/v1/aftercare-check-ins")
    CheckInPage search(@RequestParam(required = false) UUID clientId, @RequestParam(required = false) UUID seriesId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            ClinicUser user, HttpServletRequest servletRequest) {
        CheckInPage found = reads.search(user, Optional.ofNullable(clientId), Optional.ofNullable(seriesId), page, size);
        AuditedRecords.returned(servletRequest, RECORD_TYPE, found.items().stream().map(CheckInView::appointmentId).toList());
        return found;
    }
}
