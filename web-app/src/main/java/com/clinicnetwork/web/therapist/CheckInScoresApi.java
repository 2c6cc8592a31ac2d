package com.clinicnetwork.web.therapist;

import com.clinicnetwork.web.gateway.ApiProblemException;
import com.clinicnetwork.web.gateway.GatewayApi;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client's aftercare check-in answers ({@code GET /api/v1/aftercare-check-ins?clientId=}), as the therapist may read
 * them (the API decides). "No answers yet" when the API has none or answers 404; a failure leaves the scores out
 * rather than the therapist's whole day.
 */
@Component
class CheckInScoresApi {

    private static final Logger log = LoggerFactory.getLogger(CheckInScoresApi.class);
    private static final int PAGE_SIZE = 100;

    private final RestClient api;
    private final JsonMapper json;

    CheckInScoresApi(GatewayApi gateway, JsonMapper json) {
        this.api = gateway.signedIn();
        this.json = json;
    }

    CheckInScores of(UUID clientId) {
        JsonNode body;
        try {
            body = api.get().uri("/api/v1/aftercare-check-ins?clientId={id}&size={size}", clientId, PAGE_SIZE)
                    .retrieve().body(JsonNode.class);
        } catch (ApiProblemException e) {
            if (e.status() == 404) {
                return CheckInScores.of(List.of());
            }
            log.warn("Check-in answers could not be read: {} {}", e.status(), e.problem().slug());
            return CheckInScores.unavailableNow();
        } catch (ResourceAccessException e) {
            log.warn("Check-in answers could not be read: {}", e.getClass().getSimpleName());
            return CheckInScores.unavailableNow();
        }
        return CheckInScores.of(answers(body));
    }

    /** The answers whether the API lists them bare or as a page of {@code items}. */
    private List<CheckInAnswer> answers(JsonNode body) {
        JsonNode items = body == null ? null : body.isArray() ? body : body.get("items");
        List<CheckInAnswer> answers = new ArrayList<>();
        if (items != null && items.isArray()) {
            items.forEach(item -> answers.add(json.treeToValue(item, CheckInAnswer.class)));
        }
        return answers;
    }
}
