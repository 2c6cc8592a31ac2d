package com.clinicnetwork.web.client.booking;

import com.clinicnetwork.web.gateway.ApiProblem;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A date of a course that cannot be booked, from the API's {@code series-unavailable} problem: when, why
 * ({@code slot-taken} or {@code not-bookable}) and free starts near it.
 */
public record CourseConflict(OffsetDateTime startsAt, String reason, List<OffsetDateTime> alternatives) {

    static List<CourseConflict> from(ApiProblem problem) {
        List<CourseConflict> conflicts = new ArrayList<>();
        if (problem.property("unavailable") instanceof List<?> dates) {
            for (Object date : dates) {
                if (date instanceof Map<?, ?> entry) {
                    OffsetDateTime startsAt = ApiProblem.time(entry.get("startsAt"));
                    if (startsAt != null) {
                        conflicts.add(new CourseConflict(startsAt, String.valueOf(entry.get("reason")), alternatives(entry.get("alternatives"))));
                    }
                }
            }
        }
        return conflicts;
    }

    private static List<OffsetDateTime> alternatives(Object value) {
        List<OffsetDateTime> times = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> slot && ApiProblem.time(slot.get("startsAt")) != null) {
                    times.add(ApiProblem.time(slot.get("startsAt")));
                }
            }
        }
        return times;
    }
}
