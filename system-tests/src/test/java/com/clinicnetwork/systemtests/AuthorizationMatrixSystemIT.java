package com.clinicnetwork.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may do what to whose data, through the gateway of the running platform. Every public endpoint that
 * touches a client's data is asked by every role, once about the asker's own object and once about someone
 * else's.
 *
 * <p>"own" is the asker's own object: for the client their own record and appointments; for the therapist an
 * appointment with them and its client; for front desk a client and appointment at its location. "other" is a
 * client of another location who booked another therapist. Each cell is the expected status, or
 * {@code hidden}: 200 with the object left out of the list. Erasure comes last: the asking client erases
 * themself. A client may create their own profile with {@code POST /api/v1/clients}; the asking client has one
 * (their token names it), so theirs is 409 {@code client-profile-exists} (the profile of a person who signed up is
 * {@link SelfRegistrationSystemIT}'s). Check-ins are asked about an appointment starting within seconds, when check-in is
 * open, so that a 200 is the platform's answer by its real clock.
 */
class AuthorizationMatrixSystemIT {

    private static final String MATRIX = """
            request                                                                   | object | anonymous | client | therapist | front-desk | admin | operator
            GET    /api/v1/locations                                                  | -      | 401       | 200    | 200       | 200        | 200   | 200
            POST   /api/v1/locations                                                  | -      | 401       | 403    | 403       | 403        | 201   | 403
            GET    /api/v1/therapists                                                 | -      | 401       | 200    | 200       | 200        | 200   | 200
            POST   /api/v1/therapists/{therapist}/time-off                            | own    | 401       | 403    | 201       | 403        | 201   | 403
            POST   /api/v1/therapists/{therapist}/time-off                            | other  | 401       | 403    | 403       | 403        | 201   | 403
            GET    /api/v1/availability?{availability}                                | own    | 401       | 200    | 200       | 200        | 200   | 200
            GET    /api/v1/locations/{location}/booking-policy                        | own    | 401       | 200    | 200       | 200        | 200   | 200
            PUT    /api/v1/locations/{location}/booking-policy                        | own    | 401       | 403    | 403       | 403        | 200   | 403
            POST   /api/v1/clients                                                    | own    | 401       | 409    | 403       | 201        | 201   | 403
            POST   /api/v1/clients                                                    | other  | 401       | 409    | 403       | 400        | 201   | 403
            GET    /api/v1/clients/{client}                                           | own    | 401       | 200    | 200       | 200        | 200   | 404
            GET    /api/v1/clients/{client}                                           | other  | 401       | 404    | 404       | 404        | 200   | 404
            GET    /api/v1/clients?q={client-name}                                    | own    | 401       | 403    | 403       | 200        | 200   | 403
            GET    /api/v1/clients?q={client-name}                                    | other  | 401       | 403    | 403       | hidden     | 200   | 403
            GET    /api/v1/clients/{client}/notification-preferences                  | own    | 401       | 200    | 403       | 200        | 200   | 403
            GET    /api/v1/clients/{client}/notification-preferences                  | other  | 401       | 403    | 403       | 403        | 200   | 403
            PUT    /api/v1/clients/{client}/notification-preferences                  | own    | 401       | 200    | 403       | 403        | 403   | 403
            PUT    /api/v1/clients/{client}/notification-preferences                  | other  | 401       | 403    | 403       | 403        | 403   | 403
            POST   /api/v1/clients/{client}/notification-preferences/sms-verification | own    | 401       | 409    | 403       | 403        | 403   | 403
            POST   /api/v1/clients/{client}/notification-preferences/sms-verification | other  | 401       | 403    | 403       | 403        | 403   | 403
            GET    /api/v1/clients/{client}/export                                    | own    | 401       | 200    | 404       | 404        | 200   | 404
            GET    /api/v1/clients/{client}/export                                    | other  | 401       | 404    | 404       | 404        | 200   | 404
            GET    /api/v1/clients/{client}/consents                                  | own    | 401       | 200    | 200       | 200        | 200   | 404
            GET    /api/v1/clients/{client}/consents                                  | other  | 401       | 404    | 404       | 404        | 200   | 404
            PUT    /api/v1/clients/{client}/consents                                  | own    | 401       | 200    | 403       | 403        | 403   | 404
            PUT    /api/v1/clients/{client}/consents                                  | other  | 401       | 404    | 404       | 404        | 403   | 404
            POST   /api/v1/appointments                                               | own    | 401       | 201    | 403       | 201        | 201   | 403
            POST   /api/v1/appointments                                               | other  | 401       | 403    | 403       | 403        | 201   | 403
            GET    /api/v1/appointments/{appointment}                                 | own    | 401       | 200    | 200       | 200        | 200   | 404
            GET    /api/v1/appointments/{appointment}                                 | other  | 401       | 404    | 404       | 404        | 200   | 404
            GET    /api/v1/appointments?clientId={client}                             | own    | 401       | 200    | 200       | 200        | 200   | 403
            GET    /api/v1/appointments?clientId={client}                             | other  | 401       | 403    | hidden    | hidden     | 200   | 403
            POST   /api/v1/appointments/{fresh-appointment}/confirm                   | own    | 401       | 409    | 403       | 409        | 403   | 403
            POST   /api/v1/appointments/{fresh-appointment}/confirm                   | other  | 401       | 404    | 403       | 404        | 403   | 403
            POST   /api/v1/appointments/{fresh-appointment}/reschedule                | own    | 401       | 200    | 403       | 200        | 200   | 404
            POST   /api/v1/appointments/{fresh-appointment}/reschedule                | other  | 401       | 404    | 404       | 404        | 200   | 404
            POST   /api/v1/appointments/{fresh-appointment}/cancel                    | own    | 401       | 200    | 403       | 200        | 200   | 404
            POST   /api/v1/appointments/{fresh-appointment}/cancel                    | other  | 401       | 404    | 404       | 404        | 200   | 404
            PUT    /api/v1/appointments/{appointment}/intake-notes                    | own    | 401       | 200    | 403       | 403        | 403   | 404
            PUT    /api/v1/appointments/{appointment}/intake-notes                    | other  | 401       | 404    | 404       | 404        | 403   | 404
            POST   /api/v1/appointments/{appointment-starting-now}/check-in           | own    | 401       | 403    | 200       | 200        | 200   | 404
            POST   /api/v1/appointments/{appointment-starting-now}/check-in           | other  | 401       | 404    | 404       | 404        | 200   | 404
            POST   /api/v1/appointments/{fresh-appointment}/fulfil                    | own    | 401       | 403    | 409       | 409        | 409   | 404
            POST   /api/v1/appointments/{fresh-appointment}/no-show                   | own    | 401       | 403    | 409       | 409        | 409   | 404
            POST   /api/v1/appointments/{appointment}/aftercare-check-in              | own    | 401       | 409    | 403       | 403        | 403   | 403
            POST   /api/v1/appointments/{appointment}/aftercare-check-in              | other  | 401       | 404    | 403       | 403        | 403   | 403
            GET    /api/v1/aftercare-check-ins?clientId={client}                      | own    | 401       | 200    | 200       | 403        | 200   | 403
            GET    /api/v1/aftercare-check-ins?clientId={client}                      | other  | 401       | 403    | 403       | 403        | 200   | 403
            GET    /api/v1/aftercare-check-in-links/not-a-signed-link                 | -      | 404       | 404    | 404       | 404        | 404   | 404
            GET    /api/v1/appointments/{appointment}/outcome-trend                   | own    | 401       | 200    | 200       | 403        | 200   | 403
            GET    /api/v1/appointments/{appointment}/outcome-trend                   | other  | 401       | 404    | 404       | 403        | 200   | 403
            GET    /api/v1/reports/outcomes                                           | -      | 401       | 403    | 403       | 403        | 200   | 403
            GET    /api/v1/appointment-series/{series}                                | own    | 401       | 200    | 200       | 200        | 200   | 404
            GET    /api/v1/appointment-series/{series}                                | other  | 401       | 404    | 404       | 404        | 200   | 404
            POST   /api/v1/appointment-series/{series}/cancel                         | own    | 401       | 200    | 403       | 200        | 200   | 404
            POST   /api/v1/appointment-series/{series}/cancel                         | other  | 401       | 404    | 404       | 404        | 200   | 404
            POST   /api/v1/appointment-series                                         | own    | 401       | 201    | 403       | 201        | 201   | 403
            POST   /api/v1/appointment-series                                         | other  | 401       | 403    | 403       | 403        | 201   | 403
            POST   /api/v1/waitlist                                                   | own    | 401       | 201    | 403       | 201        | 201   | 403
            POST   /api/v1/waitlist                                                   | other  | 401       | 403    | 403       | 403        | 201   | 403
            GET    /api/v1/waitlist?clientId={client}                                 | own    | 401       | 200    | 403       | 200        | 200   | 403
            GET    /api/v1/waitlist?clientId={client}                                 | other  | 401       | 403    | 403       | hidden     | 200   | 403
            GET    /api/v1/waitlist/{waitlist-entry}                                  | own    | 401       | 200    | 404       | 200        | 200   | 404
            GET    /api/v1/waitlist/{waitlist-entry}                                  | other  | 401       | 404    | 404       | 404        | 200   | 404
            DELETE /api/v1/waitlist/{fresh-waitlist-entry}                            | own    | 401       | 200    | 404       | 200        | 200   | 404
            DELETE /api/v1/waitlist/{fresh-waitlist-entry}                            | other  | 401       | 404    | 404       | 404        | 200   | 404
            GET    /api/v1/notifications?appointmentId={appointment}                  | own    | 401       | 200    | 403       | 200        | 200   | 200
            GET    /api/v1/notifications?appointmentId={appointment}                  | other  | 401       | hidden | 403       | hidden     | 200   | 200
            GET    /api/v1/notifications/webhook-subscriptions                        | -      | 401       | 403    | 403       | 403        | 200   | 403
            GET    /api/v1/audit-events?recordId={client}                             | own    | 401       | 403    | 403       | 403        | 200   | 403
            GET    /ops/status                                                        | -      | 401       | 403    | 403       | 403        | 403   | 200
            DELETE /api/v1/clients/{fresh-client}                                     | own    | 401       | 204    | 403       | 403        | 204   | 404
            DELETE /api/v1/clients/{fresh-client}                                     | other  | 401       | 404    | 404       | 404        | 204   | 404
            """;

    private static final List<String> ACTORS = List.of("anonymous", "client", "therapist", "front-desk", "admin", "operator");
    private static final AtomicInteger LATER_SLOTS = new AtomicInteger();

    private static Side own;
    private static Side other;
    private static Map<String, Gateway> actors;

    @BeforeAll
    static void twoLocationsWithAClientEach() {
        Gateway admin = SystemUnderTest.admin();
        own = Side.create(admin, SystemUnderTest.chain());
        other = Side.create(admin, TestChain.create(admin));
        actors = new LinkedHashMap<>();
        actors.put("anonymous", new Gateway(SystemUnderTest.platform().gatewayUrl(), null));
        actors.put("client", SystemUnderTest.gatewayAs(TokenClaims.client("matrix-client", UUID.fromString(own.clientId))));
        actors.put("therapist", SystemUnderTest.gatewayAs(TokenClaims.therapist("matrix-therapist",
                UUID.fromString(own.therapistId), List.of(UUID.fromString(own.chain.locationId)))));
        actors.put("front-desk", SystemUnderTest.gatewayAs(TokenClaims.frontDesk("matrix-desk",
                List.of(UUID.fromString(own.chain.locationId)))));
        actors.put("admin", admin);
        actors.put("operator", SystemUnderTest.gatewayAs(TokenClaims.operator("matrix-operator")));
    }

    @Test
    void everyRoleGetsExactlyWhatTheRulesAllow() {
        List<String> mismatches = new ArrayList<>();
        for (Row row : rows()) {
            for (String actor : ACTORS) {
                Side side = "other".equals(row.object()) ? other : own;
                String path = side.resolve(row.path(), actor);
                Gateway.Response response = actors.get(actor).send(row.method(), path, side.bodyFor(row.method(), row.path()));
                String expected = row.expected().get(actor);
                String actual = outcome(response, side, row.path());
                if (!expected.equals(actual)) {
                    mismatches.add(String.format("%-6s %-55s %-5s as %-10s expected %-6s got %s: %s", row.method(), row.path(),
                            row.object(), actor, expected, actual, abbreviated(response.body())));
                }
            }
        }
        assertThat(mismatches).as("cells of the matrix that do not hold").isEmpty();
    }

    /**
     * The status, or {@code hidden} for a list that answered 200 without the object asked about: the side's
     * appointment in lists of appointments and notifications, its waitlist entry in waitlist lists, the client in
     * audit events about the client and in client searches. Check-in answers name neither (the side's appointment is
     * not fulfilled, so there are none): their status alone.
     */
    private static String outcome(Gateway.Response response, Side side, String template) {
        if (response.status() != 200 || !template.contains("?") || template.contains("{availability}")
                || template.startsWith("/api/v1/aftercare-check-ins?")) {
            return Integer.toString(response.status());
        }
        if (template.startsWith("/api/v1/waitlist?")) {
            return response.body().contains(side.waitlistEntryId) ? "200" : "hidden";
        }
        boolean aboutClient = template.contains("={client}") && !template.startsWith("/api/v1/appointments?")
                || template.startsWith("/api/v1/clients?");
        String sought = aboutClient ? side.clientId : side.appointmentId;
        return response.body().contains(sought) ? "200" : "hidden";
    }

    private static String abbreviated(String body) {
        return body.length() <= 160 ? body : body.substring(0, 160) + "…";
    }

    private record Row(String method, String path, String object, Map<String, String> expected) {
    }

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        List<String> lines = MATRIX.lines().filter(line -> !line.isBlank()).toList();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\\|");
            String[] request = cells[0].trim().split("\\s+");
            Map<String, String> expected = new LinkedHashMap<>();
            for (int i = 0; i < ACTORS.size(); i++) {
                expected.put(ACTORS.get(i), cells[i + 2].trim());
            }
            rows.add(new Row(request[0], request[1], cells[1].trim(), expected));
        }
        return rows;
    }

    /**
     * One side of the matrix: a location with its therapists, a client who booked one of them there, that
     * client's waitlist entry and a two-session course (cancelled by its client's row before the rows that book
     * courses, so the client stays within what they may hold). Objects named {@code fresh-…} are made anew for each
     * request that changes them: the asking client's own on the own side, else a new client's at the side's location,
     * so that the matrix itself stays within what one client may hold.
     */
    private static final class Side {

        final TestChain chain;
        final String therapistId;
        final String clientId;
        final String clientLastName;
        final String appointmentId;
        final String waitlistEntryId;
        final String seriesId;
        private final Gateway admin;

        private Side(TestChain chain, Gateway admin, TestChain.Client client) {
            this.chain = chain;
            this.admin = admin;
            this.therapistId = chain.therapistIds.get(0);
            this.clientId = client.id();
            this.clientLastName = client.lastName();
            this.appointmentId = newAppointment(clientId);
            this.waitlistEntryId = newWaitlistEntry(clientId);
            this.seriesId = admin.created("/api/v1/appointment-series", seriesBody(clientId)).get("id").asString();
        }

        static Side create(Gateway admin, TestChain chain) {
            return new Side(chain, admin, chain.newClient(admin));
        }

        String resolve(String template, String actor) {
            String freshOwner = this == own && "client".equals(actor) ? clientId : null;
            Map<String, Function<Side, String>> values = Map.of(
                    "{therapist}", side -> side.therapistId,
                    "{location}", side -> side.chain.locationId,
                    "{client}", side -> side.clientId,
                    "{appointment}", side -> side.appointmentId,
                    "{waitlist-entry}", side -> side.waitlistEntryId,
                    "{series}", side -> side.seriesId,
                    "{fresh-appointment}", side -> side.newAppointment(freshOwner),
                    "{fresh-waitlist-entry}", side -> side.newWaitlistEntry(freshOwner),
                    "{fresh-client}", side -> side.newClientWithAppointment(freshOwner),
                    "{availability}", side -> "locationId=" + side.chain.locationId + "&treatmentId=" + side.chain.treatmentId
                            + "&from=" + unusedHalfHour(1).toOffsetDateTime() + "&to=" + unusedHalfHour(2).toOffsetDateTime());
            // Past Map.of's ten entries: resolved on their own.
            String path = template.replace("{client-name}", clientLastName);
            if (path.contains("{appointment-starting-now}")) {
                path = path.replace("{appointment-starting-now}", newAppointmentStartingNow(freshOwner));
            }
            for (Map.Entry<String, Function<Side, String>> value : values.entrySet()) {
                if (path.contains(value.getKey())) {
                    path = path.replace(value.getKey(), value.getValue().apply(this).replace("+", "%2B"));
                }
            }
            return path;
        }

        /** The body a request needs to pass validation, about this side's objects; null for requests without one. */
        Object bodyFor(String method, String template) {
            if ("GET".equals(method) || "DELETE".equals(method)) {
                return null;
            }
            String path = template.replaceAll("\\{[a-z-]+}", "*");
            return switch (path) {
                case "/api/v1/locations" -> Map.of("name", "Matrix Clinic " + UUID.randomUUID(),
                        "address", "1 Matrix Road, Leeds", "timeZone", "Europe/London");
                case "/api/v1/therapists/*/time-off" -> halfHourWindow(85, "startsAt", "endsAt");
                // The chain's own policy: replacing it changes nothing the other tests rely on.
                case "/api/v1/locations/*/booking-policy" -> TestChain.POLICY;
                case "/api/v1/clients" -> newClientBody();
                case "/api/v1/clients/*/notification-preferences" -> Map.of("channels", List.of("EMAIL"));
                case "/api/v1/appointments" -> chain.freshBooking(clientId, therapistId);
                case "/api/v1/appointments/*/reschedule" -> Map.of("startsAt",
                        chain.freshBooking(clientId, therapistId).get("startsAt"));
                case "/api/v1/appointments/*/cancel" -> Map.of("reason", "Authorization matrix");
                case "/api/v1/appointments/*/aftercare-check-in" -> Map.of("score", 5);
                case "/api/v1/clients/*/notification-preferences/sms-verification" -> Map.of("code", "123456");
                case "/api/v1/clients/*/consents" -> Map.of("careMessages", true, "marketing", false);
                case "/api/v1/appointment-series" -> seriesBody(clientId);
                case "/api/v1/appointment-series/*/cancel" -> Map.of("reason", "Authorization matrix");
                case "/api/v1/waitlist" -> waitlistBody(clientId);
                default -> Map.of();
            };
        }

        private Map<String, Object> newClientBody() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("firstName", "Mat");
            body.put("lastName", "Rix");
            body.put("email", "matrix-" + UUID.randomUUID() + "@test.example");
            body.put("timeZone", "Europe/London");
            body.put("registeredLocationId", chain.locationId);
            return body;
        }

        private Map<String, Object> seriesBody(String owner) {
            return Map.of("clientId", owner, "therapistId", therapistId, "locationId", chain.locationId,
                    "treatmentId", chain.treatmentId, "firstStartsAt", chain.freshBooking(owner, therapistId).get("startsAt"),
                    "intervalWeeks", 1, "occurrences", 2);
        }

        private Map<String, Object> waitlistBody(String owner) {
            Map<String, Object> body = new LinkedHashMap<>(Map.of("clientId", owner, "locationId", chain.locationId,
                    "treatmentId", chain.treatmentId));
            body.putAll(halfHourWindow(60, "windowStart", "windowEnd"));
            return body;
        }

        /** @param owner the client to book for, or null for a new client of this side */
        private String newAppointment(String owner) {
            return admin.created("/api/v1/appointments", chain.freshBooking(ownerOrNew(owner), therapistId)).get("id").asString();
        }

        /** @param owner the client to book for, or null for a new client of this side */
        private String newAppointmentStartingNow(String owner) {
            return admin.created("/api/v1/appointments", chain.startingNow(ownerOrNew(owner), therapistId)).get("id").asString();
        }

        /** @param owner the waiting client, or null for a new client of this side */
        private String newWaitlistEntry(String owner) {
            return admin.created("/api/v1/waitlist", waitlistBody(ownerOrNew(owner))).get("id").asString();
        }

        /** @param owner the client to return, or null for a new client of this side with an appointment with its therapist */
        private String newClientWithAppointment(String owner) {
            if (owner != null) {
                return owner;
            }
            String client = chain.newClient(admin).id();
            newAppointment(client);
            return client;
        }

        private String ownerOrNew(String owner) {
            return owner != null ? owner : chain.newClient(admin).id();
        }

        /**
         * A half-hour window about {@code days} from today that no other request of this JVM uses, before the
         * chain's working hours begin (07:00), so time off and waiting there never touch a slot another test books.
         */
        private static Map<String, Object> halfHourWindow(int days, String startName, String endName) {
            ZonedDateTime start = unusedHalfHour(days);
            return Map.of(startName, start.toOffsetDateTime().toString(), endName,
                    start.plusMinutes(30).toOffsetDateTime().toString());
        }

        private static ZonedDateTime unusedHalfHour(int days) {
            int slot = LATER_SLOTS.getAndIncrement();
            LocalDate day = LocalDate.now(TestChain.ZONE).plusDays(days + slot / 12);
            return ZonedDateTime.of(day, LocalTime.of(1, 0).plusMinutes(30L * (slot % 12)), TestChain.ZONE);
        }
    }
}
