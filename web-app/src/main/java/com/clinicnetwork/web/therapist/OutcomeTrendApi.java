package com.clinicnetwork.web.therapist;

import com.clinicnetwork.web.gateway.ApiProblemException;
import com.clinicnetwork.web.gateway.GatewayApi;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * An appointment's outcome trend as the therapist may read it (the API decides: their own appointments only). Empty
 * when the API refuses or fails: the trend is left out rather than the therapist's whole day.
 */
@Component
class OutcomeTrendApi {

    private static final Logger log = LoggerFactory.getLogger(OutcomeTrendApi.class);

    private final RestClient api;

    OutcomeTrendApi(GatewayApi gateway) {
        this.api = gateway.signedIn();
    }

    Optional<OutcomeTrend> of(UUID appointmentId) {
        try {
            return Optional.ofNullable(api.get().uri("/api/v1/appointments/{id}/outcome-trend", appointmentId)
                    .retrieve().body(OutcomeTrend.class));
        } catch (ApiProblemException e) {
            if (e.status() != 404) {
                log.warn("Outcome trend could not be read: {} {}", e.status(), e.problem().slug());
            }
            return Optional.empty();
        } catch (ResourceAccessException e) {
            log.warn("Outcome trend could not be read: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
