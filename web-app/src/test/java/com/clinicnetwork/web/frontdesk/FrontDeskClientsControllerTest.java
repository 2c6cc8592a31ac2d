package com.clinicnetwork.web.frontdesk;

import static com.clinicnetwork.web.staff.ApiJson.LEEDS;
import static com.clinicnetwork.web.staff.ApiJson.MANCHESTER;
import static com.clinicnetwork.web.staff.ApiJson.SAM;
import static com.clinicnetwork.web.staff.ApiJson.client;
import static com.clinicnetwork.web.staff.ApiJson.location;
import static com.clinicnetwork.web.staff.ApiJson.page;
import static com.clinicnetwork.web.staff.ApiJson.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.clinicnetwork.web.StandInServer;
import com.clinicnetwork.web.staff.StaffScreenTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class FrontDeskClientsControllerTest extends StaffScreenTest {

    RequestPostProcessor manchesterDesk() {
        return signedIn("FRONT_DESK", Map.of("location_ids", List.of(MANCHESTER)));
    }

    @BeforeEach
    void directory() {
        gateway.json("GET", "/api/v1/locations", 200, page(location(MANCHESTER, "Manchester Riverside", "Europe/London"),
                location(LEEDS, "Leeds Headingley", "Europe/London")));
    }

    @Test
    void theDeskFindsClientsByPartOfTheirNameAndCanBookForThem() throws Exception {
        gateway.json("GET", "/api/v1/clients", 200, page(client(SAM, "Sam", "Carter", "sam.carter@example.com")));

        String html = mvc.perform(get("/frontdesk/clients").param("q", " sam & co ").with(manchesterDesk()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        StandInServer.Recorded search = gateway.last("GET", "/api/v1/clients");
        assertThat(param(search, "q")).isEqualTo("sam & co");
        assertThat(param(search, "size")).isEqualTo("20");
        assertThat(html).contains("Sam Carter", "sam.carter@example.com", "Book for Sam Carter")
                .contains("/frontdesk/book?client=" + SAM + "&amp;location=" + MANCHESTER);
    }

    @Test
    void asYouTypeOnlyTheResultsAreSent() throws Exception {
        gateway.json("GET", "/api/v1/clients", 200, page());

        String html = mvc.perform(get("/frontdesk/clients").param("q", "zz").header("HX-Request", "true").with(manchesterDesk()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).startsWith("<section id=\"results\"").doesNotContain("<html").contains("No client of your locations matches");
    }

    @Test
    void oneCharacterIsTooLittleToSearchAndTheApiIsNotAsked() throws Exception {
        String html = mvc.perform(get("/frontdesk/clients").param("q", "s").with(manchesterDesk()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("At least 2 characters");
        assertThat(sent("GET", "/api/v1/clients")).isFalse();
    }

    @Test
    void aWalkInIsRegisteredAtTheDesksLocationAndThenBooked() throws Exception {
        String created = "40000000-0000-4000-8000-000000000099";
        gateway.json("POST", "/api/v1/clients", 201, client(created, "Alex", "Moor", "alex@example.com"));
        UUID key = UUID.randomUUID();

        mvc.perform(register(key).with(manchesterDesk()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/frontdesk/book?client=" + created + "&location=" + MANCHESTER));

        StandInServer.Recorded sent = gateway.last("POST", "/api/v1/clients");
        assertThat(sent.header("Idempotency-Key")).isEqualTo(key.toString());
        assertThat(sent.body()).contains("\"firstName\":\"Alex\"", "\"lastName\":\"Moor\"", "\"email\":\"alex@example.com\"",
                "\"phone\":null", "\"timeZone\":\"Europe/London\"", "\"locale\":\"en-GB\"",
                "\"registeredLocationId\":\"" + MANCHESTER + "\"");
    }

    @Test
    void aTypoIsShownOnTheFormBeforeAnythingIsSent() throws Exception {
        String html = mvc.perform(register(UUID.randomUUID(), Map.of("email", "alex-at-example", "timeZone", "Mars/Olympus"))
                        .with(manchesterDesk()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"email-error\"", "aria-invalid=\"true\"", "Please enter a time zone such as Europe/London.");
        assertThat(sent("POST", "/api/v1/clients")).isFalse();
    }

    @Test
    void aLocationTheDeskDoesNotWorkAtIsRefusedOnTheForm() throws Exception {
        String html = mvc.perform(register(UUID.randomUUID(), Map.of("registeredLocationId", LEEDS)).with(manchesterDesk()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Please choose one of your locations.");
        assertThat(sent("POST", "/api/v1/clients")).isFalse();
    }

    @Test
    void whatTheApiRejectsIsShownNextToTheFormUnderTheFieldsLabel() throws Exception {
        gateway.problem("POST", "/api/v1/clients", 400, "validation", ",\"errors\":[{\"field\":\"phone\",\"message\":\"must be a phone number\"}]");

        String html = mvc.perform(register(UUID.randomUUID(), Map.of("phone", "+44 (0) 161-000")).with(manchesterDesk()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Please check the fields marked below.", "<strong>Phone</strong>", "must be a phone number");
    }

    private static MockHttpServletRequestBuilder register(UUID key) {
        return register(key, Map.of());
    }

    /** The form as the desk fills it in, with some fields {@code changed}. */
    private static MockHttpServletRequestBuilder register(UUID key, Map<String, String> changed) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("firstName", "Alex", "lastName", "Moor",
                "email", "alex@example.com", "phone", "", "timeZone", "Europe/London", "locale", "en-GB",
                "registeredLocationId", MANCHESTER, "idempotencyKey", key.toString()));
        fields.putAll(changed);
        MockHttpServletRequestBuilder request = post("/frontdesk/clients").with(csrf());
        fields.forEach(request::param);
        return request;
    }
}
