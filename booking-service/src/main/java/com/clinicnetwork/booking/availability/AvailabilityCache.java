package com.clinicnetwork.booking.availability;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Answers of recent searches with the stamp they were computed for. An answer is served again only while a freshly
 * read stamp equals the stored one, so a booking, cancellation, offer or directory change made by any replica shows in
 * the next search; nothing is invalidated by hand. The stamp includes the minute, so an entry lives at most a minute.
 * <p>
 * Searches that miss with the same stamp at the same time share one computation: after a booking changes the stamp of
 * a busy search, every request arriving while the new answer is computed would otherwise compute it again, and the
 * CPU they take together slows each of them down. Equal stamps mean equal inputs, so the shared answer is the one each
 * would have computed.
 */
@Component
class AvailabilityCache {

    /** Searches of many locations, treatments and weeks at once; past this the cache starts over rather than grow. */
    static final int CAPACITY = 2_000;

    record Search(UUID locationId, UUID treatmentId, @Nullable UUID therapistId, Instant from, Instant to) {
    }

    private record Answer(SearchStamp stamp, AvailabilityService.LocatedSlots slots) {
    }

    private record Computing(SearchStamp stamp, CompletableFuture<AvailabilityService.LocatedSlots> answer) {
    }

    private final Map<Search, Answer> answers = new ConcurrentHashMap<>();
    private final Map<Search, Computing> computing = new ConcurrentHashMap<>();

    /**
     * The answer stored for {@code search} under {@code stamp}, the one being computed for it by another request, or
     * else {@code compute}'s, which is then stored. A failed computation fails the requests that waited for it alike.
     */
    AvailabilityService.LocatedSlots answer(Search search, SearchStamp stamp, Supplier<AvailabilityService.LocatedSlots> compute) {
        Answer known = answers.get(search);
        if (known != null && known.stamp().equals(stamp)) {
            return known.slots();
        }
        Computing mine = new Computing(stamp, new CompletableFuture<>());
        Computing current = computing.merge(search, mine, (running, offered) -> running.stamp().equals(stamp) ? running : offered);
        if (current != mine) {
            return awaited(current.answer());
        }
        try {
            AvailabilityService.LocatedSlots slots = compute.get();
            remember(search, stamp, slots);
            mine.answer().complete(slots);
            return slots;
        } catch (RuntimeException | Error e) {
            mine.answer().completeExceptionally(e);
            throw e;
        } finally {
            computing.remove(search, mine);
        }
    }

    private void remember(Search search, SearchStamp stamp, AvailabilityService.LocatedSlots slots) {
        if (answers.size() >= CAPACITY) {
            answers.clear();
        }
        answers.put(search, new Answer(stamp, slots));
    }

    private static AvailabilityService.LocatedSlots awaited(CompletableFuture<AvailabilityService.LocatedSlots> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }
}
