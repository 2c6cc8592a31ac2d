package com.clinicnetwork.web.client.aftercare;

import com.clinicnetwork.web.gateway.GatewayApi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Aftercare check-ins through the gateway. The link from the email works without signing in: its token is the
 * credential, so those calls carry no access token. Signed in, a client answers for their own appointment and
 * reads a course's answers.
 */
@Component
public class AftercareApi {

    private final RestClient anonymous;
    private final RestClient signedIn;

    AftercareApi(GatewayApi gateway) {
        this.anonymous = gateway.anonymous();
        this.signedIn = gateway.signedIn();
    }

    /** Problems: 404 {@code check-in-link-invalid}, 410 {@code check-in-link-expired}. */
    CheckInLink link(String token) {
        return anonymous.get().uri("/api/v1/aftercare-check-in-links/{token}", token).retrieve().body(CheckInLink.class);
    }

    /** Problems as {@link #link}, and 409 {@code check-in-already-answered}. */
    void answerLink(String token, int score, String comment) {
        anonymous.post().uri("/api/v1/aftercare-check-in-links/{token}", token).body(answer(score, comment))
                .retrieve().toBodilessEntity();
    }

    void answer(UUID appointmentId, int score, String comment) {
        signedIn.post().uri("/api/v1/appointments/{id}/aftercare-check-in", appointmentId).body(answer(score, comment))
                .retrieve().toBodilessEntity();
    }

    /** The answers given for a course's sessions, whether the API lists them bare or as a page of {@code items}. */
    public List<CheckIn> ofCourse(UUID seriesId) {
        Object body = signedIn.get().uri("/api/v1/aftercare-check-ins?seriesId={id}", seriesId).retrieve().body(Object.class);
        List<?> items = body instanceof Map<?, ?> page && page.get("items") instanceof List<?> list ? list
                : body instanceof List<?> list ? list : List.of();
        List<CheckIn> answers = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Map<?, ?> answer && answer.get("appointmentId") != null && answer.get("score") instanceof Number score) {
                answers.add(new CheckIn(UUID.fromString(answer.get("appointmentId").toString()), score.intValue(),
                        answer.get("comment") == null ? null : answer.get("comment").toString()));
            }
        }
        return answers;
    }

    private static Map<String, Object> answer(int score, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("score", score);
        body.put("comment", comment == null || comment.isBlank() ? null : comment.strip());
        return body;
    }
}
