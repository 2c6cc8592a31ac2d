package com.clinicnetwork.therapist;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.testsupport.infrastructure.UsesRealInfrastructure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Clients find therapists by location, specialty, treatment and name, a page at a time. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
@AutoConfigureRestTestClient
class TherapistSearchIT {

    @Autowired
    RestTestClient http;

    DirectoryApi api;
    String tag;
    UUID north;
    UUID south;
    UUID knee;
    UUID sports;

    @BeforeEach
    void createAChain() {
        api = new DirectoryApi(http);
        // The database outlives a test; a unique tag keeps each test's therapists apart in name searches.
        tag = "Qx" + UUID.randomUUID().toString().substring(0, 8);
        north = api.createLocation("North " + tag, "Europe/London");
        south = api.createLocation("South " + tag, "Europe/Berlin");
        knee = api.createTreatment("Knee pain relief massage " + tag, "KNEE_REHABILITATION");
        sports = api.createTreatment("Sports massage " + tag, "SPORTS_MASSAGE");
        api.createTherapist("Alex " + tag, List.of("KNEE_REHABILITATION", "SPORTS_MASSAGE"), List.of(north), List.of(knee, sports));
        api.createTherapist("Billie " + tag, List.of("SPORTS_MASSAGE"), List.of(north), List.of(sports));
        api.createTherapist("Casey " + tag, List.of("KNEE_REHABILITATION"), List.of(south), List.of(knee));
        api.createTherapist("Dana " + tag, List.of("DEEP_TISSUE"), List.of(north, south), List.of());
    }

    @Test
    void filtersCombineAndResultsAreOrderedByName() {
        assertThat(names("/api/v1/therapists?locationId=" + north)).containsExactly("Alex", "Billie", "Dana");
        assertThat(names("/api/v1/therapists?locationId=" + north + "&specialty=SPORTS_MASSAGE")).containsExactly("Alex", "Billie");
        assertThat(names("/api/v1/therapists?treatmentId=" + knee)).containsExactly("Alex", "Casey");
        assertThat(names("/api/v1/therapists?locationId=" + south + "&treatmentId=" + knee + "&specialty=KNEE_REHABILITATION"))
                .containsExactly("Casey");
        assertThat(names("/api/v1/therapists?q=" + tag.toLowerCase())).containsExactly("Alex", "Billie", "Casey", "Dana");
        assertThat(names("/api/v1/therapists?q=billie " + tag)).containsExactly("Billie");
        assertThat(names("/api/v1/therapists?locationId=" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void resultsAreSortedAsAskedAndInactiveTherapistsCanBeLeftOut() {
        assertThat(names("/api/v1/therapists?locationId=" + north + "&sort=displayName,desc")).containsExactly("Dana", "Billie", "Alex");
        assertThat(names("/api/v1/therapists?locationId=" + north + "&sort=displayName,asc")).containsExactly("Alex", "Billie", "Dana");
        assertThat(api.getOk("/api/v1/therapists?locationId=" + north + "&sort=licenceNumber").get("totalItems").asLong())
                .isEqualTo(3);
        DirectoryApi.body(api.get("/api/v1/therapists?sort=bio", DirectoryApi.ADMIN), org.springframework.http.HttpStatus.BAD_REQUEST);

        JsonNode dana = api.getOk("/api/v1/therapists?locationId=" + north + "&q=Dana").get("items").get(0);
        Map<String, Object> inactive = DirectoryApi.therapist(dana.get("displayName").asString(), List.of("DEEP_TISSUE"),
                List.of(north, south), List.of());
        inactive.put("licenceNumber", dana.get("licenceNumber").asString());
        inactive.put("active", false);
        api.put("/api/v1/therapists/" + dana.get("id").asString(), inactive, DirectoryApi.ADMIN, 1).expectStatus().isOk();
        assertThat(names("/api/v1/therapists?locationId=" + north + "&active=true")).containsExactly("Alex", "Billie");
        assertThat(names("/api/v1/therapists?locationId=" + north + "&active=false")).containsExactly("Dana");
    }

    @Test
    void eachItemCarriesWhatABookingPageShows() {
        JsonNode alex = api.getOk("/api/v1/therapists?treatmentId=" + sports + "&specialty=KNEE_REHABILITATION").get("items").get(0);

        assertThat(alex.get("displayName").asString()).isEqualTo("Alex " + tag);
        assertThat(alex.get("specialties").values()).extracting(JsonNode::asString)
                .containsExactlyInAnyOrder("KNEE_REHABILITATION", "SPORTS_MASSAGE");
        assertThat(alex.get("locations").values()).extracting(l -> l.get("id").asString() + " " + l.get("name").asString())
                .containsExactly(north + " North " + tag);
        assertThat(alex.get("treatments").values()).extracting(t -> t.get("name").asString())
                .containsExactlyInAnyOrder("Knee pain relief massage " + tag, "Sports massage " + tag);
        assertThat(alex.get("treatments").get(0).get("durationMinutes").asInt()).isEqualTo(60);
    }

    @Test
    void pagesPartitionTheResults() {
        String query = "/api/v1/therapists?locationId=" + north + "&size=2";
        JsonNode first = api.getOk(query + "&page=0");
        JsonNode second = api.getOk(query + "&page=1");

        assertThat(first.get("totalItems").asLong()).isEqualTo(3);
        assertThat(first.get("totalPages").asLong()).isEqualTo(2);
        assertThat(first.get("size").asInt()).isEqualTo(2);
        List<String> seen = new ArrayList<>(shortNames(first));
        seen.addAll(shortNames(second));
        assertThat(seen).containsExactly("Alex", "Billie", "Dana");
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(api.getOk(query + "&page=7").get("items").size()).isZero();
    }

    @Test
    void locationsAndTreatmentsArePaginatedToo() {
        JsonNode locations = api.getOk("/api/v1/locations?size=1");
        assertThat(locations.get("items").size()).isEqualTo(1);
        assertThat(locations.get("totalItems").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(locations.get("totalPages").asLong()).isEqualTo(locations.get("totalItems").asLong());

        long treatments = api.getOk("/api/v1/treatments").get("totalItems").asLong();
        List<String> all = new ArrayList<>();
        for (int page = 0; page * 50L < treatments; page++) {
            api.getOk("/api/v1/treatments?size=50&page=" + page).get("items").values()
                    .forEach(t -> all.add(t.get("id").asString()));
        }
        assertThat(all).hasSize((int) treatments).doesNotHaveDuplicates().contains(knee.toString(), sports.toString());
    }

    private List<String> names(String uri) {
        return shortNames(api.getOk(uri));
    }

    private List<String> shortNames(JsonNode page) {
        return page.get("items").values().stream()
                .map(item -> item.get("displayName").asString())
                .filter(name -> name.endsWith(" " + tag))
                .map(name -> name.substring(0, name.indexOf(' ')))
                .toList();
    }
}
