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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
    void savingCreatesTheRecordAsTheClientThemself() throws Exception {
        gateway.json("POST", "/api/v1/clients", 201, CREATED);

        mvc.perform(post("/client/profile").with(SignedIn.newcomer()).with(csrf())
                        .param("firstName", "Lena").param("lastName", "Brandt").param("email", "lena@example.com")
                        .param("phone", "").param("preferredLocationId", DemoDirectory.BERLIN))
                .andExpect(redirectedUrl("/client?welcome"));

        StandInServer.Recorded created = gateway.last("POST", "/api/v1/clients");
        assertThat(created.header("Authorization")).isEqualTo("Bearer " + SignedIn.ACCESS_TOKEN);
        assertThat(created.body()).contains("\"firstName\":\"Lena\"", "\"email\":\"lena@example.com\"",
                "\"timeZone\":\"Europe/Berlin\"", "\"registeredLocationId\":\"" + DemoDirectory.BERLIN + "\"", "\"phone\":null");
    }

    @Test
    void aProfileMadeMeanwhileInAnotherTabIsTakenAsItIs() throws Exception {
        gateway.problem("POST", "/api/v1/clients", 409, "client-profile-exists", "");
        gateway.json("GET", "/api/v1/clients/me", 200, CREATED);

        mvc.perform(post("/client/profile").with(SignedIn.newcomer()).with(csrf())
                        .param("firstName", "Lena").param("lastName", "Brandt").param("email", "lena@example.com"))
                .andExpect(redirectedUrl("/client?welcome"));
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
