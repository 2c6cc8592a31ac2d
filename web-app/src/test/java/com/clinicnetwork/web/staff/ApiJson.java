package com.clinicnetwork.web.staff;

import java.util.Arrays;
import java.util.stream.Collectors;

/** JSON as the gateway answers it, for {@link StubGateway}: the demo chain's ids, names and zones. */
public final class ApiJson {

    public static final String MANCHESTER = "10000000-0000-4000-8000-000000000001";
    public static final String LEEDS = "10000000-0000-4000-8000-000000000002";
    public static final String BERLIN = "10000000-0000-4000-8000-000000000003";
    public static final String MAYA = "20000000-0000-4000-8000-000000000001";
    public static final String TOM = "20000000-0000-4000-8000-000000000002";
    public static final String KNEE = "30000000-0000-4000-8000-000000000001";
    public static final String SPORTS = "30000000-0000-4000-8000-000000000002";
    public static final String SAM = "40000000-0000-4000-8000-000000000001";

    private ApiJson() {
    }

    public static String page(String... items) {
        return "{\"items\":[" + String.join(",", items) + "],\"page\":0,\"size\":100,\"totalItems\":" + items.length
                + ",\"totalPages\":1}";
    }

    public static String list(String... items) {
        return "[" + String.join(",", items) + "]";
    }

    public static String location(String id, String name, String zone) {
        String weekdays = Arrays.stream(new String[] {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"})
                .map(day -> "{\"dayOfWeek\":\"" + day + "\",\"opensAt\":\"08:00:00\",\"closesAt\":\"19:00:00\"}")
                .collect(Collectors.joining(","));
        return """
                {"id":"%s","name":"%s","address":"1 High Street","timeZone":"%s","openingHours":[%s],"active":true,"version":4}
                """.formatted(id, name, zone, weekdays).strip();
    }

    public static String therapist(String id, String name, String locationId) {
        return """
                {"id":"%s","displayName":"%s","bio":"Knees and backs.","licenceNumber":"L-%s","specialties":["KNEE_REHABILITATION"],
                 "locations":[{"id":"%s","name":"Manchester Riverside","timeZone":"Europe/London"}],
                 "treatments":[{"id":"%s","name":"Knee pain relief massage, 60 min","durationMinutes":60,"price":55.00}],
                 "workingHours":[{"locationId":"%s","dayOfWeek":"MONDAY","startsAt":"09:00:00","endsAt":"17:00:00"}],
                 "timeOff":[],"extraHours":[],"active":true,"version":7}
                """.formatted(id, name, id.substring(id.length() - 2), locationId, KNEE, locationId).strip();
    }

    public static String treatment(String id, String name, int minutes) {
        return """
                {"id":"%s","name":"%s","durationMinutes":%d,"bufferMinutes":15,"requiredSpecialty":"KNEE_REHABILITATION",
                 "aftercarePlan":"Stretch.","price":55.00,"active":true,"version":2}
                """.formatted(id, name, minutes).strip();
    }

    /** A room of a location as the rooms API shows it. */
    public static String room(String id, String locationId, String name, String kind, boolean active, long version) {
        return """
                {"id":"%s","locationId":"%s","name":"%s","kind":"%s","active":%s,"version":%d}
                """.formatted(id, locationId, name, kind, active, version).strip();
    }

    /** The appointment (JSON from {@link #appointment}) booked into the room of this name, as reads show it. */
    public static String inRoom(String appointment, String roomName) {
        return appointment.substring(0, appointment.lastIndexOf('}')) + ",\"roomId\":\"70000000-0000-4000-8000-000000000012\","
                + "\"roomName\":\"" + roomName + "\"}";
    }

    /** An appointment as the list read shows it; {@code clientName} null where the caller may not read the client. */
    public static String appointment(String id, String therapistId, String startsAt, String endsAt, String status,
            String clientName, String intakeNotes, long version) {
        return """
                {"id":"%s","clientId":"%s","therapistId":"%s","locationId":"%s","treatmentId":"%s","startsAt":"%s","endsAt":"%s",
                 "status":"%s","intakeNotes":%s,"version":%d,"createdAt":"2026-05-20T10:00:00Z","seriesId":null,
                 "cancellationReason":null,"lateCancellation":null,"therapistName":"Maya Okafor",
                 "treatmentName":"Knee pain relief massage, 60 min","locationName":"Manchester Riverside","clientName":%s}
                """.formatted(id, SAM, therapistId, MANCHESTER, KNEE, startsAt, endsAt, status, quoted(intakeNotes), version,
                quoted(clientName)).strip();
    }

    /**
     * The appointment (JSON from {@link #appointment}) with its no-show risk as staff read it: at risk with these reasons
     * (JSON objects) and this confirmation ({@code REQUESTED}, {@code CONFIRMED}).
     */
    public static String atRisk(String appointment, String confirmation, String... reasons) {
        return appointment.substring(0, appointment.lastIndexOf('}')) + ",\"noShowRisk\":{\"atRisk\":true,\"reasons\":["
                + String.join(",", reasons) + "],\"confirmation\":\"" + confirmation + "\"}}";
    }

    public static String client(String id, String first, String last, String email) {
        return """
                {"id":"%s","firstName":"%s","lastName":"%s","email":"%s","phone":"+44 161 496 0000","timeZone":"Europe/London",
                 "locale":"en-GB","registeredLocationId":"%s","version":1}
                """.formatted(id, first, last, email, MANCHESTER).strip();
    }

    public static String freeSlot(String therapistId, String startsAt, String endsAt) {
        return "{\"therapistId\":\"" + therapistId + "\",\"startsAt\":\"" + startsAt + "\",\"endsAt\":\"" + endsAt + "\"}";
    }

    public static String problem(int status, String slug, String extra) {
        return "{\"type\":\"https://api.clinic-network.example/problems/" + slug + "\",\"title\":\"" + slug + "\",\"status\":"
                + status + (extra == null || extra.isEmpty() ? "" : "," + extra) + "}";
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value.replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
