package com.clinicnetwork.booking.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.booking.policy.BookingPolicy;
import com.clinicnetwork.servicedefaults.refusal.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class AvailabilityCacheTest {

    private static final Instant MONDAY = Instant.parse("2027-03-01T00:00:00Z");
    private static final BookingPolicy POLICY = new BookingPolicy(Duration.ofHours(2), Duration.ofDays(90), Duration.ofMinutes(15),
            Duration.ofHours(24));
    private static final AvailabilityCache.Search SEARCH = new AvailabilityCache.Search(UUID.randomUUID(), UUID.randomUUID(), null,
            MONDAY, MONDAY.plus(Duration.ofDays(7)));

    private final AvailabilityCache cache = new AvailabilityCache();

    @Test
    void anAnswerIsServedAgainOnlyWhileTheStampIsTheSame() {
        AvailabilityService.LocatedSlots first = slots();
        AvailabilityService.LocatedSlots second = slots();

        assertThat(cache.answer(SEARCH, stamp("1"), () -> first)).isSameAs(first);
        assertThat(cache.answer(SEARCH, stamp("1"), () -> second)).isSameAs(first);
        assertThat(cache.answer(SEARCH, stamp("2"), () -> second)).as("a booking raised the counters").isSameAs(second);
    }

    @Test
    void searchesMissingTogetherWithTheSameStampShareOneComputation() throws Exception {
        AvailabilityService.LocatedSlots computed = slots();
        AtomicInteger computations = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        Map<Thread, AvailabilityService.LocatedSlots> served = new ConcurrentHashMap<>();
        List<Thread> searches = searches(8, () -> cache.answer(SEARCH, stamp("7"), () -> {
            computations.incrementAndGet();
            awaitRelease(release);
            return computed;
        }), served);

        // One computes and waits for the release, the others wait for its answer.
        await().atMost(Duration.ofSeconds(10)).until(() -> searches.stream().allMatch(AvailabilityCacheTest::waiting));
        release.countDown();
        for (Thread search : searches) {
            search.join(TimeUnit.SECONDS.toMillis(10));
        }

        assertThat(computations).hasValue(1);
        assertThat(served).hasSize(8).allSatisfy((search, answer) -> assertThat(answer).isSameAs(computed));
    }

    @Test
    void aFailedComputationFailsTheSearchesThatWaitedForItAndIsNotKept() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Map<Thread, RuntimeException> failures = new ConcurrentHashMap<>();
        List<Thread> searches = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            searches.add(started(() -> {
                try {
                    cache.answer(SEARCH, stamp("3"), () -> {
                        awaitRelease(release);
                        throw new InvalidValueException("locationId", "no bookable location with this id");
                    });
                } catch (RuntimeException e) {
                    failures.put(Thread.currentThread(), e);
                }
            }));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> searches.stream().allMatch(AvailabilityCacheTest::waiting));
        release.countDown();
        for (Thread search : searches) {
            search.join(TimeUnit.SECONDS.toMillis(10));
        }

        assertThat(failures).hasSize(4).allSatisfy((search, failure) -> assertThat(failure).isInstanceOf(InvalidValueException.class));
        AvailabilityService.LocatedSlots later = slots();
        assertThat(cache.answer(SEARCH, stamp("3"), () -> later)).isSameAs(later);
    }

    @Test
    void aSearchWithANewerStampDoesNotWaitForAnOlderComputation() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AvailabilityService.LocatedSlots older = slots();
        Map<Thread, AvailabilityService.LocatedSlots> served = new ConcurrentHashMap<>();
        List<Thread> slow = searches(1, () -> cache.answer(SEARCH, stamp("4"), () -> {
            awaitRelease(release);
            return older;
        }), served);
        await().atMost(Duration.ofSeconds(10)).until(() -> waiting(slow.get(0)));

        AvailabilityService.LocatedSlots newer = slots();
        assertThat(cache.answer(SEARCH, stamp("5"), () -> newer)).isSameAs(newer);

        release.countDown();
        slow.get(0).join(TimeUnit.SECONDS.toMillis(10));
        assertThat(served.values()).containsExactly(older);
    }

    private static List<Thread> searches(int count, Supplier<AvailabilityService.LocatedSlots> search,
            Map<Thread, AvailabilityService.LocatedSlots> served) {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            threads.add(started(() -> served.put(Thread.currentThread(), search.get())));
        }
        return threads;
    }

    /** Parked: the computing search on the release, the others on its answer. */
    private static boolean waiting(Thread search) {
        return search.getState() == Thread.State.WAITING || search.getState() == Thread.State.TIMED_WAITING;
    }

    private static Thread started(Runnable search) {
        Thread thread = new Thread(search);
        thread.start();
        return thread;
    }

    private static void awaitRelease(CountDownLatch release) {
        try {
            assertThat(release.await(10, TimeUnit.SECONDS)).as("released").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static SearchStamp stamp(String taken) {
        return new SearchStamp(POLICY, MONDAY, MONDAY.plus(Duration.ofDays(7)), "1/1/therapists", taken);
    }

    private static AvailabilityService.LocatedSlots slots() {
        return new AvailabilityService.LocatedSlots(null, List.of());
    }
}
