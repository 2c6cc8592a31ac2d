package com.clinicnetwork.web.admin;

import com.clinicnetwork.web.gateway.GatewayApi;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/** The outcome report (booking-service, clinic admins only), with the filters the admin chose. */
@Component
class OutcomeReportApi {

    private final RestClient api;

    OutcomeReportApi(GatewayApi gateway) {
        this.api = gateway.signedIn();
    }

    /** Each filter may be null: not applied. */
    OutcomeReport report(Instant from, Instant to, UUID locationId, UUID treatmentId) {
        String uri = UriComponentsBuilder.fromPath("/api/v1/reports/outcomes")
                .queryParamIfPresent("from", Optional.ofNullable(from))
                .queryParamIfPresent("to", Optional.ofNullable(to))
                .queryParamIfPresent("locationId", Optional.ofNullable(locationId))
                .queryParamIfPresent("treatmentId", Optional.ofNullable(treatmentId))
                .build().toUriString();
        return api.get().uri(uri).retrieve().body(OutcomeReport.class);
    }
}
