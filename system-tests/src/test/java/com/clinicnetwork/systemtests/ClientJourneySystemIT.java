package com.clinicnetwork.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.launcher.MailServer;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The whole client journey through the public API, as a front end drives it, with the SMTP inbox as
 * the client's mailbox: find a therapist, see free times, book, reschedule, cancel; a waitlisted client
 * is offered the freed slot and accepts; the session is fulfilled and the aftercare plan arrives.
 */
class ClientJourneySystemIT {

    @Test
    void fromSearchToAftercare() {
        Gateway admin = SystemUnderTest.admin();
        TestChain chain = SystemUnderTest.chain();
        TestChain.Client alex = chain.newClient(admin);
        TestChain.Client bea = chain.newClient(admin);
        Gateway asAlex = SystemUnderTest.gatewayAs(TokenClaims.client("journey-alex", UUID.fromString(alex.id())));
        Gateway asBea = SystemUnderTest.gatewayAs(TokenClaims.client("journey-bea", UUID.fromString(bea.id())));
        String therapist = chain.therapistIds.get(0);

        JsonNode found = asAlex.get("/api/v1/therapists?specialty=TRIGGER_POINT_THERAPY&locationId=" + chain.locationId).json();
        assertThat(found.get("items").findValuesAsString("id")).contains(therapist);

        // A day far from the slots other tests take, inside the booking horizon.
        ZonedDateTime day = LocalDate.now(TestChain.ZONE).plusDays(60).atStartOfDay(TestChain.ZONE);
        List<JsonNode> free = freeSlots(asAlex, chain, therapist, day);
        assertThat(free).hasSizeGreaterThan(2);

        JsonNode booked = asAlex.created("/api/v1/appointments", Map.of("therapistId", therapist,
                "locationId", chain.locationId, "treatmentId", chain.treatmentId,
                "startsAt", free.get(0).get("startsAt").asString(), "intakeNotes", "Tight trapezius after long drives."));
        String appointment = booked.get("id").asString();
        awaitMail(alex.email(), mail -> mail.subject().toLowerCase().contains("confirm"));

        String newStart = free.get(2).get("startsAt").asString();
        Gateway.Response rescheduled = asAlex.post("/api/v1/appointments/" + appointment + "/reschedule", Map.of("startsAt", newStart));
        assertThat(rescheduled.status()).as(rescheduled.body()).isEqualTo(200);
        assertThat(OffsetDateTime.parse(rescheduled.json().get("startsAt").asString()))
                .isAtSameInstantAs(OffsetDateTime.parse(newStart));
        awaitMail(alex.email(), mail -> mail.raw().contains("METHOD:REQUEST") && mail.raw().contains("SEQUENCE:2"));

        OffsetDateTime windowStart = OffsetDateTime.parse(newStart).minusHours(1);
        JsonNode entry = asBea.created("/api/v1/waitlist", Map.of("locationId", chain.locationId,
                "treatmentId", chain.treatmentId, "therapistId", therapist,
                "windowStart", windowStart.toString(), "windowEnd", windowStart.plusHours(3).toString()));

        Gateway.Response cancelled = asAlex.post("/api/v1/appointments/" + appointment + "/cancel",
                Map.of("reason", "Away on business that week"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        awaitMail(alex.email(), mail -> mail.raw().contains("METHOD:CANCEL"));

        awaitMail(bea.email(), mail -> mail.raw().contains("holding it for you"));
        JsonNode offer = Awaitility.await("offer visible to the waitlisted client").atMost(Duration.ofSeconds(30))
                .until(() -> asBea.get("/api/v1/waitlist/" + entry.get("id").asString()).json().get("offer"),
                        node -> node != null && !node.isNull() && "OFFERED".equals(node.get("status").asString()));
        Gateway.Response accepted = asBea.post("/api/v1/waitlist/offers/" + offer.get("id").asString() + "/accept", Map.of());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        String beasAppointment = accepted.json().get("id").asString();
        assertThat(OffsetDateTime.parse(accepted.json().get("startsAt").asString())).isAtSameInstantAs(OffsetDateTime.parse(newStart));
        awaitMail(bea.email(), mail -> mail.subject().toLowerCase().contains("confirm"));

        Gateway frontDesk = SystemUnderTest.gatewayAs(TokenClaims.frontDesk("journey-desk",
                List.of(UUID.fromString(chain.locationId))));
        assertThat(frontDesk.post("/api/v1/appointments/" + beasAppointment + "/check-in", Map.of()).status()).isEqualTo(200);
        assertThat(frontDesk.post("/api/v1/appointments/" + beasAppointment + "/fulfil", Map.of()).status()).isEqualTo(200);

        MailServer.ReceivedMail aftercare = awaitMail(bea.email(), mail -> mail.raw().contains("Gentle stretches"));
        assertThat(aftercare.raw()).contains("0").contains("10");
        assertThat(asBea.get("/api/v1/notifications?appointmentId=" + beasAppointment).json().get("items"))
                .extracting(item -> item.get("status").asString()).containsOnly("SENT");

        // Names, addresses and intake notes travelled through every service; none may be in a log.
        LogFiles.assertNoneContains(List.of(alex.email(), bea.email(), alex.lastName(), bea.lastName(),
                "Tight trapezius", "Away on business"));
    }

    private static List<JsonNode> freeSlots(Gateway caller, TestChain chain, String therapist, ZonedDateTime day) {
        JsonNode slots = caller.get("/api/v1/availability?locationId=" + chain.locationId + "&treatmentId=" + chain.treatmentId
                + "&therapistId=" + therapist + "&from=" + day.toInstant() + "&to=" + day.plusDays(1).toInstant()).json();
        List<JsonNode> free = new ArrayList<>();
        slots.forEach(free::add);
        return free;
    }

    private static MailServer.ReceivedMail awaitMail(String recipient, Predicate<MailServer.ReceivedMail> matching) {
        return Awaitility.await("mail to " + recipient).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> SystemUnderTest.platform().mailServer().messages().stream()
                        .filter(mail -> mail.to().contains(recipient)).filter(matching).findFirst().orElse(null),
                        mail -> mail != null);
    }
}
