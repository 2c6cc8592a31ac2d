package com.clinicnetwork.web.client.aftercare;

import com.clinicnetwork.web.gateway.GatewayApi;
import com.clinicnetwork.web.gateway.Page;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
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

    /** The answers given for a course's sessions (a course has at most 26, so one page holds them all). */
    public List<CheckIn> ofCourse(UUID seriesId) {
        return signedIn.get().uri("/api/v1/aftercare-check-ins?seriesId={id}&size=100", seriesId).retrieve()
                .body(new ParameterizedTypeReference<Page<CheckIn>>() { }).items();
    }

    private static Map<String, Object> answer(int score, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("score", score);
        body.put("comment", comment == null || comment.isBlank() ? null : comment.strip());
        return body;
    }
}
