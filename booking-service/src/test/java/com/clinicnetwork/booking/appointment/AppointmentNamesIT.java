package com.clinicnetwork.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.booking.support.IntegrationTestBase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class AppointmentNamesIT extends IntegrationTestBase {

    private static final String APPOINTMENTS = "/api/v1/appointments";

    @Test
    void listsAndReadsCarryTheDirectoryNamesAndTheClientsNameForWhoMayReadTheClient() {
        BookableTherapist clinic = bookableTherapist();
        UUID nora = createClient("Nora");
        UUID kim = createClient("Kim");
        AppointmentView norasVisit = booked(admin(), clinic.booking(nora, nextWeekAt(10, 0)));
        AppointmentView kimsVisit = booked(admin(), clinic.booking(kim, nextWeekAt(12, 0)));
        // Kim's only appointment is cancelled: staff still see it in lists but have no relation to Kim any more.
        post(APPOINTMENTS + "/" + kimsVisit.id() + "/cancel", admin(), Map.of("reason", "moved away"), null)
                .expectStatus().isOk();

        for (String staff : new String[] {frontDesk(clinic.locationId()), therapist(clinic.therapistId(), clinic.locationId())}) {
            List<AppointmentView> rows = search(staff, "?locationId=" + clinic.locationId());
            assertThat(rows).extracting(AppointmentView::id).containsExactly(norasVisit.id(), kimsVisit.id());
            assertThat(rows).allSatisfy(row -> {
                assertThat(row.therapistName()).isEqualTo("Test Therapist");
                assertThat(row.treatmentName()).isEqualTo("Knee pain relief massage");
                assertThat(row.locationName()).isEqualTo("Test clinic");
            });
            assertThat(rows).extracting(AppointmentView::clientName).containsExactly("Nora Tester", null);
            assertThat(read(staff, kimsVisit.id()).clientName()).isNull();
        }
        assertThat(search(admin(), "?locationId=" + clinic.locationId())).extracting(AppointmentView::clientName)
                .containsExactly("Nora Tester", "Kim Tester");

        AppointmentView ownRead = read(client(nora), norasVisit.id());
        assertThat(ownRead.clientName()).isEqualTo("Nora Tester");
        assertThat(ownRead.therapistName()).isEqualTo("Test Therapist");
        assertThat(ownRead.treatmentName()).isEqualTo("Knee pain relief massage");
        assertThat(ownRead.locationName()).isEqualTo("Test clinic");
        assertThat(ownRead.intakeNotes()).isEqualTo(norasVisit.intakeNotes());
        assertThat(ownRead.version()).isEqualTo(norasVisit.version());
    }

    private List<AppointmentView> search(String token, String query) {
        return http.get().uri(APPOINTMENTS + query).header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk().expectBody(APPOINTMENT_PAGE).returnResult().getResponseBody().items();
    }

    private AppointmentView read(String token, UUID id) {
        return http.get().uri(APPOINTMENTS + "/{id}", id).header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk().expectBody(AppointmentView.class).returnResult().getResponseBody();
    }
}
