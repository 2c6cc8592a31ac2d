package com.clinicnetwork.notification.preference;

import com.clinicnetwork.notification.appointment.AppointmentStates;
import com.clinicnetwork.servicedefaults.web.ETags;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.security.Role;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import com.clinicnetwork.servicedefaults.web.ProblemTypes;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's notification preferences. The client reads and changes their own; front desk those of clients
 * with an appointment at one of their locations; clinic admins any. Operators and therapists may not (the SMS
 * number is contact data).
 */
@RestController
@RequestMapping("/api/v1/clients/{clientId}/notification-preferences")
class PreferenceController {

    private final PreferenceRepository repository;
    private final Preferences preferences;
    private final AppointmentStates appointments;

    PreferenceController(PreferenceRepository repository, Preferences preferences, AppointmentStates appointments) {
        this.repository = repository;
        this.preferences = preferences;
        this.appointments = appointments;
    }

    @GetMapping
    ResponseEntity<PreferencesView> read(ClinicUser user, @PathVariable UUID clientId) {
        authorize(user, clientId);
        NotificationPreferences current = preferences.of(clientId);
        return ResponseEntity.ok().eTag(ETags.of(current.version())).body(PreferencesView.of(current));
    }

    /** Replaces the preferences. With {@code If-Match} the change applies only to that version (else 412). */
    @PutMapping
    ResponseEntity<PreferencesView> replace(ClinicUser user, @PathVariable UUID clientId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody PreferencesRequest request) {
        authorize(user, clientId);
        Long expected = ETags.expectedVersion(ifMatch);
        long version = expected != null ? expected : preferences.of(clientId).version();
        NotificationPreferences saved = repository.save(request.toPreferences(clientId, version), version)
                .orElseThrow(() -> ETags.stale("notification preferences"));
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(PreferencesView.of(saved));
    }

    private void authorize(ClinicUser user, UUID clientId) {
        boolean allowed = user.hasRole(Role.CLINIC_ADMIN)
                || user.isClient(clientId)
                || user.hasRole(Role.FRONT_DESK) && appointments.clientHasAppointmentAt(clientId, user.locationIds());
        if (!allowed) {
            throw new ApiProblemException(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
                    "You may not read or change this client's notification preferences.");
        }
    }
}
