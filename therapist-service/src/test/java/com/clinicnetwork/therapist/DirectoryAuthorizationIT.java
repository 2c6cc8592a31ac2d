package com.clinicnetwork.therapist;

import static com.clinicnetwork.therapist.DirectoryApi.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.testsupport.infrastructure.UsesRealInfrastructure;
import com.clinicnetwork.testsupport.tokens.TestTokens;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Object-level rules of the directory's writes: a therapist edits only their own bio and time off; clients
 * and front desk change nothing. Therapists are public, so another therapist's record is 403, not 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
@AutoConfigureRestTestClient
class DirectoryAuthorizationIT {

    @Autowired
    RestTestClient http;

    DirectoryApi api;
    UUID location;
    UUID maya;
    UUID colleague;
    String mayaToken;
    Map<String, Object> mayaProfile;

    @BeforeEach
    void setUp() {
        api = new DirectoryApi(http);
        location = api.createLocation("Authorization Clinic", "Europe/London");
        maya = api.createTherapist("Maya Own", List.of("KNEE_REHABILITATION"), List.of(location), List.of());
        colleague = api.createTherapist("Colleague", List.of("KNEE_REHABILITATION"), List.of(location), List.of());
        mayaToken = TestTokens.bearer(TokenClaims.therapist("maya-" + maya, maya, List.of(location)));
        mayaProfile = DirectoryApi.therapist("Maya Own", List.of("KNEE_REHABILITATION"), List.of(location), List.of());
        mayaProfile.put("licenceNumber", api.getOk("/api/v1/therapists/" + maya).get("licenceNumber").asString());
    }

    @Test
    void aTherapistEditsTheirOwnBio() {
        mayaProfile.put("bio", "Runner's knee and return-to-sport programmes.");

        JsonNode updated = DirectoryApi.body(api.put("/api/v1/therapists/" + maya, mayaProfile, mayaToken, 1), HttpStatus.OK);

        assertThat(updated.get("bio").asString()).isEqualTo("Runner's knee and return-to-sport programmes.");
        assertThat(updated.get("version").asLong()).isEqualTo(2);
    }

    @Test
    void aTherapistChangesNothingButTheirBio() {
        mayaProfile.put("displayName", "Dr Maya");
        assertForbidden(api.put("/api/v1/therapists/" + maya, mayaProfile, mayaToken));
        mayaProfile.put("displayName", "Maya Own");
        mayaProfile.put("active", false);
        assertForbidden(api.put("/api/v1/therapists/" + maya, mayaProfile, mayaToken));
        mayaProfile.put("active", true);
        mayaProfile.put("specialties", List.of("KNEE_REHABILITATION", "PRENATAL"));
        assertForbidden(api.put("/api/v1/therapists/" + maya, mayaProfile, mayaToken));
        assertForbidden(api.put("/api/v1/therapists/" + maya + "/working-hours", Map.of("workingHours", List.of()), mayaToken));
        assertForbidden(api.post("/api/v1/therapists/" + maya + "/extra-hours", Map.of("locationId", location,
                "date", "2027-02-06", "startsAt", "09:00", "endsAt", "12:00"), mayaToken));

        assertThat(api.getOk("/api/v1/therapists/" + maya).get("version").asLong()).isEqualTo(1);
    }

    @Test
    void aTherapistsEmailIsSetByAdminsAndReadOnlyByAdminsAndTheTherapist() {
        Map<String, Object> withEmail = new LinkedHashMap<>(mayaProfile);
        withEmail.put("email", " maya.own@clinic.example ");
        JsonNode updated = DirectoryApi.body(api.put("/api/v1/therapists/" + maya, withEmail, ADMIN, 1), HttpStatus.OK);
        assertThat(updated.get("email").asString()).isEqualTo("maya.own@clinic.example");

        assertThat(emailSeenBy(ADMIN)).isEqualTo("maya.own@clinic.example");
        assertThat(emailSeenBy(mayaToken)).isEqualTo("maya.own@clinic.example");
        String colleagueToken = TestTokens.bearer(TokenClaims.therapist("colleague-" + colleague, colleague, List.of(location)));
        for (String reader : List.of(colleagueToken, TestTokens.bearer(TokenClaims.client("sam", UUID.randomUUID())),
                TestTokens.bearer(TokenClaims.frontDesk("desk", List.of(location))))) {
            assertThat(emailSeenBy(reader)).isNull();
            JsonNode listed = DirectoryApi.body(api.get("/api/v1/therapists?locationId=" + location, reader), HttpStatus.OK);
            assertThat(listed.get("items").values()).allSatisfy(item -> assertThat(item.get("email").isNull()).isTrue());
        }

        // The therapist sends their profile back as read, email included, to change the bio; not the address itself.
        withEmail.put("email", "maya.own@clinic.example");
        withEmail.put("bio", "Knees, mostly.");
        DirectoryApi.body(api.put("/api/v1/therapists/" + maya, withEmail, mayaToken, 2), HttpStatus.OK);
        withEmail.put("email", "somewhere.else@example.com");
        assertForbidden(api.put("/api/v1/therapists/" + maya, withEmail, mayaToken));
        assertThat(emailSeenBy(ADMIN)).isEqualTo("maya.own@clinic.example");
    }

    private String emailSeenBy(String token) {
        JsonNode email = DirectoryApi.body(api.get("/api/v1/therapists/" + maya, token), HttpStatus.OK).get("email");
        return email.isNull() ? null : email.asString();
    }

    @Test
    void aTherapistCannotTouchAColleague() {
        Map<String, Object> colleagueProfile = DirectoryApi.therapist("Colleague", List.of("KNEE_REHABILITATION"),
                List.of(location), List.of());
        colleagueProfile.put("licenceNumber", api.getOk("/api/v1/therapists/" + colleague).get("licenceNumber").asString());
        colleagueProfile.put("bio", "Written by someone else");

        assertForbidden(api.put("/api/v1/therapists/" + colleague, colleagueProfile, mayaToken));
        assertForbidden(api.post("/api/v1/therapists/" + colleague + "/time-off",
                Map.of("startsAt", "2027-03-01T00:00:00Z", "endsAt", "2027-03-02T00:00:00Z"), mayaToken));
        JsonNode colleaguesTimeOff = api.addTimeOff(colleague, "2027-03-01T00:00:00Z", "2027-03-02T00:00:00Z");
        assertForbidden(api.delete("/api/v1/therapists/" + colleague + "/time-off/" + colleaguesTimeOff.get("id").asString(),
                mayaToken));
        assertThat(api.getOk("/api/v1/therapists/" + colleague).get("bio").asString()).isNotEqualTo("Written by someone else");
    }

    @Test
    void aTherapistRequestsAndWithdrawsTheirOwnTimeOff() {
        JsonNode timeOff = DirectoryApi.body(api.post("/api/v1/therapists/" + maya + "/time-off",
                Map.of("startsAt", "2027-04-05T00:00:00+01:00", "endsAt", "2027-04-10T00:00:00+01:00"), mayaToken),
                HttpStatus.CREATED);
        assertThat(timeOff.get("startsAt").asString()).isEqualTo("2027-04-04T23:00:00Z");
        assertThat(api.getOk("/api/v1/therapists/" + maya).get("timeOff").size()).isEqualTo(1);

        api.delete("/api/v1/therapists/" + maya + "/time-off/" + timeOff.get("id").asString(), mayaToken)
                .expectStatus().isNoContent();
        assertThat(api.getOk("/api/v1/therapists/" + maya).get("timeOff").size()).isZero();
        DirectoryApi.body(api.delete("/api/v1/therapists/" + maya + "/time-off/" + timeOff.get("id").asString(), mayaToken),
                HttpStatus.NOT_FOUND);
    }

    @Test
    void clientsAndFrontDeskChangeNothing() {
        String client = TestTokens.bearer(TokenClaims.client("sam", UUID.randomUUID()));
        String frontDesk = TestTokens.bearer(TokenClaims.frontDesk("desk", List.of(location)));
        Map<String, Object> timeOff = Map.of("startsAt", "2027-03-01T00:00:00Z", "endsAt", "2027-03-02T00:00:00Z");
        for (String token : List.of(client, frontDesk)) {
            assertForbidden(api.put("/api/v1/locations/" + location, DirectoryApi.location("Taken Over", "Europe/London"), token));
            assertForbidden(api.put("/api/v1/therapists/" + maya, mayaProfile, token));
            assertForbidden(api.post("/api/v1/therapists/" + maya + "/time-off", timeOff, token));
            assertForbidden(api.post("/api/v1/treatments", DirectoryApi.treatment("Desk massage", "PRENATAL"), token));
        }
        String operator = TestTokens.bearer(TokenClaims.operator("ops"));
        assertForbidden(api.put("/api/v1/therapists/" + maya, mayaProfile, operator));
        assertThat(api.getOk("/api/v1/locations/" + location).get("name").asString()).isEqualTo("Authorization Clinic");
    }

    @Test
    void anUnknownTherapistIs404ForAdminsAndStill403ForOtherTherapists() {
        UUID unknown = UUID.randomUUID();
        DirectoryApi.body(api.put("/api/v1/therapists/" + unknown, mayaProfile, ADMIN), HttpStatus.NOT_FOUND);
        assertForbidden(api.put("/api/v1/therapists/" + unknown, mayaProfile, mayaToken));
    }

    private static void assertForbidden(RestTestClient.ResponseSpec response) {
        JsonNode problem = DirectoryApi.body(response, HttpStatus.FORBIDDEN);
        assertThat(problem.get("type").asString()).endsWith("/forbidden");
    }
}
