package com.clinicnetwork.notification.preference;

import com.clinicnetwork.notification.appointment.AppointmentStateRepository;
import com.clinicnetwork.notification.message.MessageLocale;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.security.Role;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import com.clinicnetwork.servicedefaults.web.ETags;
import com.clinicnetwork.servicedefaults.web.ProblemTypes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's notification preferences. Only the client changes them: they decide where their messages go, and a
 * member of staff who could set an SMS number could read the client's appointment messages on their own phone.
 * Reading follows the platform's rule with an active relation only: clinic admins, and front desk while the client
 * has an appointment at one of their locations that is not cancelled. Operators and therapists may not (the SMS
 * number is contact data).
 */
@RestController
@RequestMapping("/api/v1/clients/{clientId}/notification-preferences")
@Tag(name = "Notification preferences", description = "A client's channels, SMS number (confirmed by a code), opt-outs and quiet hours.")
class PreferenceController {

    private final Preferences preferences;
    private final PreferenceChanges changes;
    private final AppointmentStateRepository appointments;

    PreferenceController(Preferences preferences, PreferenceChanges changes, AppointmentStateRepository appointments) {
        this.preferences = preferences;
        this.changes = changes;
        this.appointments = appointments;
    }

    @GetMapping
    @Operation(operationId = "getNotificationPreferences", summary = "Read a client's notification preferences")
    ResponseEntity<PreferencesView> read(ClinicUser user, @PathVariable UUID clientId) {
        boolean allowed = user.isClient(clientId)
                || user.hasRole(Role.CLINIC_ADMIN)
                || user.hasRole(Role.FRONT_DESK) && appointments.clientHasActiveAppointmentAt(clientId, user.locationIds());
        if (!allowed) {
            throw forbidden("read");
        }
        return answer(preferences.of(clientId));
    }

    /**
     * Replaces the preferences. With {@code If-Match} the change applies only to that version (else 412). A new SMS
     * number gets a code, in the language of {@code Accept-Language}, and is used once confirmed.
     */
    @PutMapping
    @Operation(operationId = "replaceNotificationPreferences", summary = "Replace the preferences (the client)",
            description = "A new SMS number gets a code (in the language of `Accept-Language`) and is used once confirmed.")
    @ApiResponse(responseCode = "503", description = "`sms-code-not-sent`: the code for a new SMS number could not be sent; nothing changed.")
    ResponseEntity<PreferencesView> replace(ClinicUser user, @PathVariable UUID clientId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            @Valid @RequestBody PreferencesRequest request) {
        requireTheClient(user, clientId);
        return answer(changes.replace(clientId, ETags.expectedVersion(ifMatch), request, MessageLocale.ofAcceptLanguage(acceptLanguage)));
    }

    /** Confirms the pending SMS number with the code sent to it. */
    @PostMapping("/sms-verification")
    @Operation(operationId = "confirmSmsNumber", summary = "Confirm the pending SMS number with the code sent to it (the client)")
    @ApiResponse(responseCode = "409", description = "`no-sms-verification-pending`: no number awaits confirmation.")
    @ApiResponse(responseCode = "422", description = "`sms-code-invalid` (with `attemptsLeft`), `sms-code-expired` or `sms-code-attempts-exhausted`.")
    ResponseEntity<PreferencesView> confirmSmsNumber(ClinicUser user, @PathVariable UUID clientId,
            @Valid @RequestBody SmsVerificationRequest request) {
        requireTheClient(user, clientId);
        return answer(changes.confirmSmsNumber(clientId, request.code()));
    }

    private static void requireTheClient(ClinicUser user, UUID clientId) {
        if (!user.isClient(clientId)) {
            throw forbidden("change");
        }
    }

    private static ResponseEntity<PreferencesView> answer(NotificationPreferences current) {
        return ResponseEntity.ok().eTag(ETags.of(current.version())).body(PreferencesView.of(current));
    }

    private static ApiProblemException forbidden(String action) {
        return new ApiProblemException(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
                "You may not " + action + " this client's notification preferences.");
    }
}
