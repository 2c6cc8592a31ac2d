package com.clinicnetwork.booking.availability;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Answers of recent searches with the stamp they were computed for. An answer is served again only while a freshly
 * read stamp equals the stored one, so a booking, cancellation, offer or directory change made by any replica shows in
 * the next search; nothing is invalidated by hand. The stamp includes the minute, so an entry lives at most a minute.
 */
@Component
class AvailabilityCache {

    /** Searches of many locations, treatments and weeks at once; past this the cache starts over rather than grow. */
    static final int CAPACITY = 2_000;

    record Search(UUID locationId, UUID treatmentId, @Nullable UUID therapistId, Instant from, Instant to) {
    }

    private record Answer(SearchStamp stamp, AvailabilityService.LocatedSlots slots) {
    }

    private final Map<Search, Answer> answers = new ConcurrentHashMap<>();

    Optional<AvailabilityService.LocatedSlots> answer(Search search, SearchStamp stamp) {
        Answer known = answers.get(search);
        return known != null && known.stamp().equals(stamp) ? Optional.of(known.slots()) : Optional.empty();
    }

    void remember(Search search, SearchStamp stamp, AvailabilityService.LocatedSlots slots) {
        if (answers.size() >= CAPACITY) {
            answers.clear();
        }
        answers.put(search, new Answer(stamp, slots));
    }
}
