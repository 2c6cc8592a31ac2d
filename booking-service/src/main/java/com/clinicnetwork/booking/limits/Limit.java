package com.clinicnetwork.booking.limits;

import java.util.Optional;
import java.util.function.ToIntFunction;

/** The per-client limits, named as the API reports them. */
public enum Limit {
    FUTURE_APPOINTMENTS("future-appointments", "booked appointments to come", Holdings::futureAppointments,
            ClientLimitsProperties::futureAppointments),
    WAITLIST_ENTRIES("waitlist-entries", "waitlist entries", Holdings::waitlistEntries, ClientLimitsProperties::waitlistEntries),
    OPEN_OFFERS("open-offers", "open waitlist offers", Holdings::openOffers, ClientLimitsProperties::openOffers),
    ACTIVE_COURSES("active-courses", "courses with sessions to come", Holdings::activeCourses,
            ClientLimitsProperties::activeCourses);

    private final String apiName;
    private final String description;
    private final ToIntFunction<Holdings> held;
    private final ToIntFunction<ClientLimitsProperties> maximum;

    Limit(String apiName, String description, ToIntFunction<Holdings> held, ToIntFunction<ClientLimitsProperties> maximum) {
        this.apiName = apiName;
        this.description = description;
        this.held = held;
        this.maximum = maximum;
    }

    public String apiName() {
        return apiName;
    }

    public String description() {
        return description;
    }

    public int maximum(ClientLimitsProperties limits) {
        return maximum.applyAsInt(limits);
    }

    /** The first limit that holding {@code current} plus {@code adding} would pass; only limits the request adds to count. */
    public static Optional<Limit> firstExceeded(ClientLimitsProperties limits, Holdings current, Holdings adding) {
        Holdings after = current.plus(adding);
        for (Limit limit : values()) {
            if (limit.held.applyAsInt(adding) > 0 && limit.held.applyAsInt(after) > limit.maximum(limits)) {
                return Optional.of(limit);
            }
        }
        return Optional.empty();
    }
}
