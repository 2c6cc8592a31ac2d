package com.clinicnetwork.web.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.clinicnetwork.web.SignedIn;
import com.clinicnetwork.web.StandInServer;
import com.clinicnetwork.web.WebAppTestBase;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PreferencesScreenTest extends WebAppTestBase {

    private static final String PATH = "/api/v1/clients/" + SignedIn.SAM_ID + "/notification-preferences";

    @BeforeEach
    void client() {
        gateway.json("GET", "/api/v1/clients/me", 200, SignedIn.SAM_PROFILE);
    }

    @Test
    void savingSendsChannelsOptOutsAndQuietHoursInTheClientsZoneWithTheVersion() throws Exception {
        gateway.json("PUT", PATH, 200, preferences(true));

        mvc.perform(post("/client/preferences").with(SignedIn.sam()).with(csrf()).param("etag", "\"2\"")
                        .param("channels", "EMAIL", "SMS").param("smsNumber", "+44 7700 900123")
                        .param("wanted", "appointment-reminder", "session-aftercare")
                        .param("quietHours", "true").param("quietStart", "21:00").param("quietEnd", "08:00"))
                .andExpect(redirectedUrl("/client/preferences?code-sent"));

        StandInServer.Recorded put = gateway.last("PUT", PATH);
        assertThat(put.header("If-Match")).isEqualTo("\"2\"");
        assertThat(put.body()).contains("\"channels\":[\"EMAIL\",\"SMS\"]", "\"smsNumber\":\"+447700900123\"",
                "\"optOuts\":[\"waitlist-offer\",\"appointment-no-show\"]",
                "\"quietHours\":{\"start\":\"21:00:00\",\"end\":\"08:00:00\",\"timeZone\":\"Europe/London\"}");
    }

    @Test
    void aPendingNumberAsksForItsCodeAndAWrongCodeSaysHowManyTriesAreLeft() throws Exception {
        gateway.json("GET", PATH, 200, preferences(true), Map.of("ETag", "\"3\""));
        gateway.problem("POST", PATH + "/sms-verification", 422, "sms-code-invalid", ",\"attemptsLeft\":4");

        String form = mvc.perform(get("/client/preferences").with(SignedIn.sam())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Enter the 6-digit code we sent to +447700900123.", "autocomplete=\"one-time-code\"");

        String answer = mvc.perform(post("/client/preferences/sms-verification").with(SignedIn.sam()).with(csrf())
                        .param("code", "123456"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("The code is not right. Attempts left: 4.");
        assertThat(gateway.last("POST", PATH + "/sms-verification").body()).isEqualTo("{\"code\":\"123456\"}");
    }

    @Test
    void smsWithoutANumberIsAskedAgainBeforeAnythingIsSent() throws Exception {
        gateway.json("GET", PATH, 200, preferences(false), Map.of("ETag", "\"3\""));

        String html = mvc.perform(post("/client/preferences").with(SignedIn.sam()).with(csrf()).param("channels", "SMS"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("SMS needs a mobile number.");
        assertThat(gateway.requests()).noneMatch(request -> request.method().equals("PUT"));
    }

    private static String preferences(boolean pending) {
        return """
                {"clientId":"%s","channels":["EMAIL"],"smsNumber":null,"pendingSmsNumber":%s,"smsVerificationPending":%s,
                 "optOuts":[],"quietHours":null,"version":3}"""
                .formatted(SignedIn.SAM_ID, pending ? "\"+447700900123\"" : "null", pending);
    }
}
