package com.clinicnetwork.systemtests;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Therapists the system tests add to a chain through the public API, working 07:00–21:00 every day, so any time is bookable. */
public final class Therapists {

    private Therapists() {
    }

    /**
     * Creates a therapist from {@code profile} (the body of {@code POST /api/v1/therapists}) and gives them working hours
     * at {@code locationId} every day of the week.
     *
     * @return the therapist's id
     */
    public static String workingEveryDay(Gateway admin, String locationId, Map<String, Object> profile) {
        String id = admin.created("/api/v1/therapists", profile).get("id").asString();
        List<Map<String, Object>> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.add(Map.of("locationId", locationId, "dayOfWeek", day.name(), "startsAt", "07:00", "endsAt", "21:00"));
        }
        Gateway.Response response = admin.put("/api/v1/therapists/" + id + "/working-hours", Map.of("workingHours", hours));
        if (response.status() != 200) {
            throw new AssertionError("Working hours rejected: " + response.body());
        }
        return id;
    }
}
