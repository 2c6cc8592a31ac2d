package com.clinicnetwork.web.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.clinicnetwork.web.WebAppTestBase;
import org.junit.jupiter.api.Test;

/** The check-in link from the aftercare email works without signing in: its token is the credential. */
class CheckInScreensTest extends WebAppTestBase {

    private static final String TOKEN = "k9Qv2-link-token";
    private static final String LINK = "/api/v1/aftercare-check-in-links/" + TOKEN;

    @Test
    void theLinkShowsTheSessionAndALabelledScaleWithoutSigningIn() throws Exception {
        gateway.json("GET", LINK, 200, link(false));

        String html = mvc.perform(get("/check-in/" + TOKEN)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(gateway.last("GET", LINK).header("Authorization")).isNull();
        assertThat(html).contains("Knee pain relief massage", "with Maya Okafor", "How does your knee feel now?")
                .contains("<legend>How does your knee feel now?</legend>")
                .contains("<label><input type=\"radio\" value=\"0\" required id=\"score1\" name=\"score\">", "value=\"10\"")
                .contains("<label for=\"comment\"");
    }

    @Test
    void anAnswerIsSentWithoutATokenAndThanked() throws Exception {
        gateway.json("POST", LINK, 201, "{}");

        mvc.perform(post("/check-in/" + TOKEN).with(csrf()).param("score", "3").param("comment", "Much better"))
                .andExpect(redirectedUrl("/check-in/" + TOKEN + "?thanks"));

        assertThat(gateway.last("POST", LINK).body()).contains("\"score\":3", "\"comment\":\"Much better\"");
        assertThat(gateway.last("POST", LINK).header("Authorization")).isNull();
    }

    @Test
    void anAnswerWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/check-in/" + TOKEN).param("score", "3")).andExpect(status().isForbidden());
    }

    @Test
    void aScoreOutsideTheScaleIsAskedAgain() throws Exception {
        gateway.json("GET", LINK, 200, link(false));

        String html = mvc.perform(post("/check-in/" + TOKEN).with(csrf()).param("score", "11")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"score-error\"");
        assertThat(gateway.requests()).noneMatch(request -> request.method().equals("POST"));
    }

    @Test
    void anExpiredLinkSaysSoWithItsStatus() throws Exception {
        gateway.problem("GET", LINK, 410, "check-in-link-expired", "");

        String html = mvc.perform(get("/check-in/" + TOKEN)).andExpect(status().isGone()).andReturn().getResponse()
                .getContentAsString();

        assertThat(html).contains("This check-in link has expired.").doesNotContain("IllegalStateException");
    }

    @Test
    void anAnsweredLinkShowsTheAnswer() throws Exception {
        gateway.json("GET", LINK, 200, link(true));

        String html = mvc.perform(get("/check-in/" + TOKEN).param("thanks", "")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Thank you!", "Your answer: 4 out of 10.").doesNotContain("type=\"radio\"");
    }

    private static String link(boolean answered) {
        return """
                {"appointmentId":"50000000-0000-4000-8000-000000000003","treatmentName":"Knee pain relief massage",
                 "therapistName":"Maya Okafor","startsAt":"2026-02-27T09:00:00Z","treatedArea":"KNEE_REHABILITATION",
                 "answered":%s,"score":%s}""".formatted(answered, answered ? "4" : "null");
    }
}
