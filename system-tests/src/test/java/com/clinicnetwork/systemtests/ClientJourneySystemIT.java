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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The whole client journey through the public API, as a front end drives it, with the SMTP inbox as
 * the client's mailbox: find a therapist, see free times, book, reschedule, cancel; a waitlisted client
 * is offered the freed slot (the offer email links to it) and accepts, and is told at the front desk that check-in for it
 * opens half an hour before it; a session of hers today is checked in and, once it has started, fulfilled, the
 * aftercare plan arrives, and the check-in link in it takes the client's answer without signing in.
 */
class ClientJourneySystemIT {

    private static final Pattern CHECK_IN_LINK = Pattern.compile("/check-in/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");

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

        MailServer.ReceivedMail offerMail = awaitMail(bea.email(), mail -> mail.raw().contains("holding it for you"));
        JsonNode offer = Awaitility.await("offer visible to the waitlisted client").atMost(Duration.ofSeconds(30))
                .until(() -> asBea.get("/api/v1/waitlist/" + entry.get("id").asString()).json().get("offer"),
                        node -> node != null && !node.isNull() && "OFFERED".equals(node.get("status").asString()));
        assertThat(unfolded(offerMail.raw())).contains("/waitlist/offers/" + offer.get("id").asString());
        Gateway.Response accepted = asBea.post("/api/v1/waitlist/offers/" + offer.get("id").asString() + "/accept", Map.of());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        String beasAppointment = accepted.json().get("id").asString();
        assertThat(OffsetDateTime.parse(accepted.json().get("startsAt").asString())).isAtSameInstantAs(OffsetDateTime.parse(newStart));
        awaitMail(bea.email(), mail -> mail.subject().toLowerCase().contains("confirm"));

        Gateway frontDesk = SystemUnderTest.gatewayAs(TokenClaims.frontDesk("journey-desk",
                List.of(UUID.fromString(chain.locationId))));
        Gateway.Response tooEarly = frontDesk.post("/api/v1/appointments/" + beasAppointment + "/check-in", Map.of());
        assertThat(tooEarly.status()).as(tooEarly.body()).isEqualTo(409);
        assertThat(tooEarly.json().get("type").asString()).endsWith("/check-in-too-early");
        assertThat(OffsetDateTime.parse(tooEarly.json().get("notBefore").asString()))
                .isAtSameInstantAs(OffsetDateTime.parse(newStart).minusMinutes(30));

        // Bea's follow-up today: checked in as she arrives, fulfilled once it has started.
        JsonNode today = asBea.created("/api/v1/appointments", chain.startingNow(bea.id(), therapist));
        String session = today.get("id").asString();
        assertThat(frontDesk.post("/api/v1/appointments/" + session + "/check-in", Map.of()).status()).isEqualTo(200);
        Gateway.Response notYet = frontDesk.post("/api/v1/appointments/" + session + "/fulfil", Map.of());
        assertThat(notYet.status()).as(notYet.body()).isEqualTo(409);
        assertThat(notYet.json().get("type").asString()).endsWith("/session-not-started");
        OffsetDateTime start = OffsetDateTime.parse(today.get("startsAt").asString());
        Awaitility.await("the session's start").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> OffsetDateTime.now().isAfter(start));
        assertThat(frontDesk.post("/api/v1/appointments/" + session + "/fulfil", Map.of()).status()).isEqualTo(200);

        MailServer.ReceivedMail aftercare = awaitMail(bea.email(), mail -> mail.raw().contains("Gentle stretches"));
        assertThat(aftercare.raw()).contains("0").contains("10");
        assertThat(asBea.get("/api/v1/notifications?appointmentId=" + session).json().get("items"))
                .extracting(item -> item.get("status").asString()).containsOnly("SENT");

        // The check-in link in the email works without signing in, once.
        Matcher link = CHECK_IN_LINK.matcher(unfolded(aftercare.raw()));
        assertThat(link.find()).as("a check-in link in the aftercare email").isTrue();
        String token = link.group(1);
        Gateway anyone = new Gateway(SystemUnderTest.platform().gatewayUrl(), null);
        Gateway.Response page = anyone.get("/api/v1/aftercare-check-in-links/" + token);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.json().get("appointmentId").asString()).isEqualTo(session);
        assertThat(page.json().get("answered").asBoolean()).isFalse();
        Gateway.Response answered = anyone.post("/api/v1/aftercare-check-in-links/" + token,
                Map.of("score", 3, "comment", "Calf still tight after stairs"));
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        assertThat(anyone.post("/api/v1/aftercare-check-in-links/" + token, Map.of("score", 2)).status()).isEqualTo(409);
        assertThat(asBea.get("/api/v1/aftercare-check-ins?clientId=" + bea.id()).json().get("items"))
                .singleElement().satisfies(item -> assertThat(item.get("score").asInt()).isEqualTo(3));

        // Names, addresses, intake notes, check-in comments and link tokens travelled through every service; none may
        // be in a log.
        LogFiles.assertNoneContains(List.of(alex.email(), bea.email(), alex.lastName(), bea.lastName(),
                "Tight trapezius", "Away on business", "Calf still tight", token));
    }

    /** The mail's text without quoted-printable soft line breaks, so a long link reads in one piece. */
    private static String unfolded(String raw) {
        return raw.replace("=\r\n", "").replace("=\n", "");
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
