package com.clinicnetwork.web.client.preferences;

import com.clinicnetwork.web.appointments.Versioned;
import com.clinicnetwork.web.gateway.GatewayApi;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Notification preferences ({@code /api/v1/clients/{id}/notification-preferences}) through the gateway. */
@Component
class PreferencesApi {

    private final RestClient api;

    PreferencesApi(GatewayApi gateway) {
        this.api = gateway.signedIn();
    }

    Versioned<Preferences> preferences(UUID clientId) {
        ResponseEntity<Preferences> answer = api.get().uri("/api/v1/clients/{id}/notification-preferences", clientId)
                .retrieve().toEntity(Preferences.class);
        return new Versioned<>(answer.getBody(), answer.getHeaders().getETag());
    }

    /** Saves them; a new SMS number gets a code by SMS (in the page's language) and waits for it. */
    Preferences save(UUID clientId, Change change, String etag) {
        return api.put().uri("/api/v1/clients/{id}/notification-preferences", clientId)
                .headers(headers -> {
                    if (etag != null && !etag.isBlank()) {
                        headers.setIfMatch(etag);
                    }
                })
                .body(change).retrieve().body(Preferences.class);
    }

    Preferences confirmSmsNumber(UUID clientId, String code) {
        return api.post().uri("/api/v1/clients/{id}/notification-preferences/sms-verification", clientId)
                .body(Map.of("code", code)).retrieve().body(Preferences.class);
    }

    /** The body of the {@code PUT}. */
    record Change(List<String> channels, String smsNumber, List<String> optOuts, QuietHoursChange quietHours) {
    }

    record QuietHoursChange(LocalTime start, LocalTime end, String timeZone) {
    }
}
