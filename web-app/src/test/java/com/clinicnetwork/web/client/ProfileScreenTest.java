package com.clinicnetwork.web.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.clinicnetwork.web.DemoDirectory;
import com.clinicnetwork.web.SignedIn;
import com.clinicnetwork.web.StandInServer;
import com.clinicnetwork.web.WebAppTestBase;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

class ProfileScreenTest extends WebAppTestBase {

    private static final String CREATED = """
            {"id":"40000000-0000-4000-8000-0000000000aa","firstName":"Lena","lastName":"Brandt","email":"lena@example.com",
             "phone":null,"timeZone":"Europe/Berlin","locale":"en-GB","registeredLocationId":null,"version":1}""";

    @BeforeEach
    void directory() {
        DemoDirectory.serve(gateway);
        gateway.problem("GET", "/api/v1/clients/me", 404, "not-found", "");
    }

    @Test
    void someoneWithoutAClientRecordIsAskedToCompleteTheirProfileFirst() throws Exception {
        mvc.perform(get("/client").with(SignedIn.newcomer())).andExpect(redirectedUrl("/client/profile"));
        mvc.perform(get("/client/appointments").with(SignedIn.newcomer())).andExpect(redirectedUrl("/client/profile"));

        String html = mvc.perform(get("/client/profile").with(SignedIn.newcomer())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Complete your profile", "value=\"Lena\"", "value=\"Brandt\"", "value=\"lena@example.com\"")
                .contains("<label for=\"phone\"", "Manchester Riverside");
    }

    @Test
    void savingCreatesTheRecordAsTheClientAndGetsAnAccessTokenThatNamesIt() throws Exception {
        gateway.json("POST", "/api/v1/clients", 201, CREATED);
        gateway.json("POST", "/oauth2/token", 200, """
                {"access_token":"fresh-access-token","token_type":"Bearer","expires_in":900,
                 "refresh_token":"fresh-refresh-token","scope":"openid profile clinic"}""");
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/client/profile").session(session).with(SignedIn.newcomer()).with(csrf())
                        .param("firstName", "Lena").param("lastName", "Brandt").param("email", "lena@example.com")
                        .param("phone", "").param("preferredLocationId", DemoDirectory.BERLIN))
                .andExpect(redirectedUrl("/client?welcome"));

        StandInServer.Recorded created = gateway.last("POST", "/api/v1/clients");
        assertThat(created.header("Authorization")).isEqualTo("Bearer " + SignedIn.ACCESS_TOKEN);
        assertThat(created.body()).contains("\"firstName\":\"Lena\"", "\"email\":\"lena@example.com\"",
                "\"timeZone\":\"Europe/Berlin\"", "\"registeredLocationId\":\"" + DemoDirectory.BERLIN + "\"", "\"phone\":null");
        StandInServer.Recorded refresh = gateway.last("POST", "/oauth2/token");
        assertThat(URLDecoder.decode(refresh.body(), StandardCharsets.UTF_8))
                .contains("grant_type=refresh_token", "refresh_token=" + SignedIn.REFRESH_TOKEN);
        assertThat(refresh.header("Authorization")).startsWith("Basic ");
    }

    @Test
    void anInvalidFormIsShownAgainWithTheProblemsTiedToTheFields() throws Exception {
        String html = mvc.perform(post("/client/profile").with(SignedIn.newcomer()).with(csrf())
                        .param("firstName", "").param("lastName", "Brandt").param("email", "not-an-email"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("aria-describedby=\"firstName-error\"", "id=\"firstName-error\"", "id=\"email-error\"");
        assertThat(gateway.requests()).noneMatch(request -> request.path().equals("/api/v1/clients"));
    }
}
