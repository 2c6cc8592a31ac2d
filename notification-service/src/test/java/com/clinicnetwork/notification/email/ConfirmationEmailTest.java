package com.clinicnetwork.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.notification.directory.DirectoryCopy.Location;
import com.clinicnetwork.notification.directory.DirectoryCopy.Therapist;
import com.clinicnetwork.notification.directory.DirectoryCopy.Treatment;
import com.clinicnetwork.notification.notification.Channel;
import com.clinicnetwork.notification.notification.Notification;
import com.clinicnetwork.notification.notification.NotificationStatus;
import com.clinicnetwork.notification.notification.Templates;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConfirmationEmailTest {

    private static final Location MANCHESTER = new Location(UUID.randomUUID(), 1, "Manchester Riverside",
            "12 Riverside Walk, Manchester M3 4JR", "Europe/London");
    private static final Location BERLIN = new Location(UUID.randomUUID(), 1, "Berlin Mitte",
            "Torstraße 1, 10119 Berlin", "Europe/Berlin");
    private static final Therapist MAYA = new Therapist(UUID.randomUUID(), 1, "Maya Okafor");
    private static final Treatment KNEE = new Treatment(UUID.randomUUID(), 1, "Knee pain relief massage", "Ice 15 min.");

    @Test
    void greetsTheClientAndNamesTreatmentTherapistAndPlace() {
        EmailContent email = render(booking("2026-12-01T10:00:00Z", "2026-12-01T11:00:00Z"), MANCHESTER, MAYA, KNEE);

        assertThat(email.subject()).isEqualTo("Booking confirmed: Knee pain relief massage on Tue 1 Dec 2026 at 10:00");
        assertThat(email.text())
                .startsWith("Hello Sam,")
                .contains("What:  Knee pain relief massage")
                .contains("With:  Maya Okafor")
                .contains("When:  Tuesday 1 December 2026, 10:00–11:00 GMT")
                .contains("Where: Manchester Riverside, 12 Riverside Walk, Manchester M3 4JR");
        assertThat(email.html())
                .contains("<p>Hello Sam,</p>")
                .contains("<td>Maya Okafor</td>")
                .contains("Tuesday 1 December 2026, 10:00–11:00 GMT");
    }

    @Test
    void showsTheTimeInTheLocationsZoneIncludingSummerTime() {
        EmailContent london = render(booking("2026-07-01T09:00:00Z", "2026-07-01T10:00:00Z"), MANCHESTER, MAYA, KNEE);
        EmailContent berlin = render(booking("2026-12-01T10:00:00Z", "2026-12-01T10:45:00Z"), BERLIN, MAYA, KNEE);
        EmailContent berlinSummer = render(booking("2026-07-01T09:00:00Z", "2026-07-01T09:45:00Z"), BERLIN, MAYA, KNEE);

        assertThat(london.text()).contains("When:  Wednesday 1 July 2026, 10:00–11:00 BST");
        assertThat(london.subject()).endsWith("on Wed 1 Jul 2026 at 10:00");
        assertThat(berlin.text()).contains("When:  Tuesday 1 December 2026, 11:00–11:45 CET");
        assertThat(berlinSummer.text()).contains("When:  Wednesday 1 July 2026, 11:00–11:45 CEST");
    }

    @Test
    void theDayFollowsTheLocationsZoneAcrossMidnight() {
        EmailContent email = render(booking("2026-12-01T23:30:00Z", "2026-12-02T00:15:00Z"), BERLIN, MAYA, KNEE);

        assertThat(email.text()).contains("When:  Wednesday 2 December 2026, 00:30–01:15 CET");
    }

    @Test
    void stillReadsWellBeforeTheDirectoryEntriesHaveArrived() {
        EmailContent email = ConfirmationEmail.render(booking("2026-12-01T10:00:00Z", "2026-12-01T11:00:00Z"),
                Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(email.subject()).isEqualTo("Booking confirmed: Your treatment on Tue 1 Dec 2026 at 10:00");
        assertThat(email.text())
                .contains("What:  Your treatment")
                .contains("With:  Your therapist")
                .contains("When:  Tuesday 1 December 2026, 10:00–11:00 UTC")
                .contains("Where: Our clinic")
                .doesNotContain("null");
        assertThat(email.html()).doesNotContain("null");
    }

    @Test
    void anUnknownTimeZoneFallsBackToLabelledUtc() {
        Location broken = new Location(UUID.randomUUID(), 1, "Somewhere", "1 Main St", "Mars/Olympus_Mons");

        EmailContent email = render(booking("2026-12-01T10:00:00Z", "2026-12-01T11:00:00Z"), broken, MAYA, KNEE);

        assertThat(email.text()).contains("10:00–11:00 UTC");
    }

    @Test
    void escapesDirectoryTextInHtml() {
        Therapist tricky = new Therapist(UUID.randomUUID(), 1, "Jo <b>O'Neil</b> & Co");

        EmailContent email = render(booking("2026-12-01T10:00:00Z", "2026-12-01T11:00:00Z"), MANCHESTER, tricky, KNEE);

        assertThat(email.html()).contains("Jo &lt;b&gt;O&#39;Neil&lt;/b&gt; &amp; Co").doesNotContain("<b>");
        assertThat(email.text()).contains("With:  Jo <b>O'Neil</b> & Co");
    }

    private static EmailContent render(Notification notification, Location location, Therapist therapist, Treatment treatment) {
        return ConfirmationEmail.render(notification, Optional.of(location), Optional.of(therapist), Optional.of(treatment));
    }

    private static Notification booking(String startsAt, String endsAt) {
        return new Notification(UUID.randomUUID(), UUID.randomUUID(), 1, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), Instant.parse(startsAt), Instant.parse(endsAt), Channel.EMAIL, Templates.APPOINTMENT_CONFIRMATION,
                "sam@example.com", "Sam", "en-GB", NotificationStatus.PENDING, 0, Instant.now(), null, null);
    }
}
