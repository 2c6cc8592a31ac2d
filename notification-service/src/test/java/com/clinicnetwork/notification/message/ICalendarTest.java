package com.clinicnetwork.notification.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ICalendarTest {

    private static final UUID APPOINTMENT = UUID.fromString("e7f8a9b0-c1d2-4e3f-a4b5-c6d7e8f9a004");
    private static final ICalendar.Parties PARTIES = new ICalendar.Parties("Knee pain relief massage with Maya Okafor",
            "Riverside Clinic, 12 Riverside Walk, Manchester M3 4JR", "Riverside Clinic", "bookings@clinic-network.example", "Sam",
            "sam@example.com");

    @Test
    void aRequestIsOneConfirmedUtcEventIdentifiedByTheAppointment() {
        CalendarInvite invite = invite(ICalendar.REQUEST, "Knee pain relief massage with Maya Okafor");

        assertThat(invite.method()).contains("REQUEST");
        assertThat(invite.mimeType()).isEqualTo("text/calendar; charset=UTF-8; method=REQUEST");
        assertThat(invite.content())
                .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
                .contains("\r\nMETHOD:REQUEST\r\n")
                .contains("\r\nBEGIN:VEVENT\r\n")
                .contains("\r\nUID:e7f8a9b0-c1d2-4e3f-a4b5-c6d7e8f9a004@clinic-network.example\r\n")
                .contains("\r\nSEQUENCE:2\r\n")
                .contains("\r\nDTSTAMP:20261120T091502Z\r\n")
                .contains("\r\nDTSTART:20261201T100000Z\r\n")
                .contains("\r\nDTEND:20261201T110000Z\r\n")
                .contains("\r\nSUMMARY:Knee pain relief massage with Maya Okafor\r\n")
                .contains("\r\nLOCATION:Riverside Clinic\\, 12 Riverside Walk\\, Manchester M3 4JR\r\n")
                .contains("\r\nORGANIZER;CN=\"Riverside Clinic\":mailto:bookings@clinic-network.example\r\n")
                .contains("\r\nSTATUS:CONFIRMED\r\n")
                .endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
        assertThat(invite.content().replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void aCancellationCancelsTheSameEvent() {
        CalendarInvite invite = invite(ICalendar.CANCEL, "Knee pain relief massage with Maya Okafor");

        assertThat(invite.content())
                .contains("\r\nMETHOD:CANCEL\r\n")
                .contains("\r\nUID:e7f8a9b0-c1d2-4e3f-a4b5-c6d7e8f9a004@clinic-network.example\r\n")
                .contains("\r\nSTATUS:CANCELLED\r\n");
    }

    @Test
    void aCoursesSessionsAreOneFileToImportWithAnEntryPerSessionEachIdentifiedByItsAppointment() {
        UUID second = UUID.fromString("e7f8a9b0-c1d2-4e3f-a4b5-c6d7e8f9a010");
        CalendarInvite file = ICalendar.events(List.of(
                        new ICalendar.Event(APPOINTMENT, 1, Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-01T11:00:00Z")),
                        new ICalendar.Event(second, 1, Instant.parse("2026-12-08T10:00:00Z"), Instant.parse("2026-12-08T11:00:00Z"))),
                PARTIES, Instant.parse("2026-11-20T09:15:02Z"));

        assertThat(file.method()).isEmpty();
        assertThat(file.mimeType()).isEqualTo("text/calendar; charset=UTF-8");
        assertThat(file.content()).doesNotContain("METHOD").startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
        String[] events = file.content().split("BEGIN:VEVENT\r\n");
        assertThat(events).hasSize(3);
        assertThat(events[1]).contains("UID:" + APPOINTMENT + "@clinic-network.example\r\n").contains("DTSTART:20261201T100000Z\r\n")
                .contains("SEQUENCE:1\r\n").contains("STATUS:CONFIRMED\r\n").contains("SUMMARY:Knee pain relief massage with Maya Okafor\r\n");
        assertThat(events[2]).contains("UID:" + second + "@clinic-network.example\r\n").contains("DTSTART:20261208T100000Z\r\n")
                .contains("ATTENDEE;CN=\"Sam\";ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:sam@example.com\r\n");
    }

    @Test
    void longLinesAreFoldedAtSeventyFiveOctetsWithoutSplittingCharacters() {
        String summary = "Tiefengewebsmassage mit Jürgen Müller-Lüdenscheidt, Übungen für Knie und Rücken, äöü ß";

        CalendarInvite invite = invite(ICalendar.REQUEST, summary);

        for (String line : invite.content().split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        String unfolded = invite.content().replace("\r\n ", "");
        assertThat(Arrays.asList(unfolded.split("\r\n"))).contains("SUMMARY:" + ICalendar.text(summary));
    }

    @Test
    void textAndParameterValuesAreEscaped() {
        assertThat(ICalendar.text("a;b,c\\d\ne")).isEqualTo("a\\;b\\,c\\\\d\\ne");
        assertThat(ICalendar.parameter("Jo \"JJ\" O'Neil")).isEqualTo("\"Jo JJ O'Neil\"");
    }

    private static CalendarInvite invite(String method, String summary) {
        return ICalendar.event(method, new ICalendar.Event(APPOINTMENT, 2, Instant.parse("2026-12-01T10:00:00Z"),
                        Instant.parse("2026-12-01T11:00:00Z")),
                new ICalendar.Parties(summary, PARTIES.location(), PARTIES.organizerName(), PARTIES.organizer(),
                        PARTIES.attendeeName(), PARTIES.attendee()),
                Instant.parse("2026-11-20T09:15:02Z"));
    }
}
