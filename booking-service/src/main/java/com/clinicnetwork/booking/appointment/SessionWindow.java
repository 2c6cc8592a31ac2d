package com.clinicnetwork.booking.appointment;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When, relative to its session, a step of the visit may be recorded. Clients arrive a little early, so check-in opens
 * 30 minutes before the start, and it stays open until the session ends: a client who has not come by then did not
 * come. A session cannot have taken place, or been missed, before it began, so fulfilment and no-show wait for the
 * start. Rescheduling and cancelling are bounded by the location's booking policy instead.
 */
public enum SessionWindow {
    ANY_TIME(null, false),
    CHECK_IN(Duration.ofMinutes(30), true),
    ONCE_STARTED(Duration.ZERO, false);

    private final Duration opensBeforeStart;
    private final boolean closesAtEnd;

    SessionWindow(Duration opensBeforeStart, boolean closesAtEnd) {
        this.opensBeforeStart = opensBeforeStart;
        this.closesAtEnd = closesAtEnd;
    }

    /** How long before the session's start the step becomes possible; empty: no earliest time. */
    public Optional<Duration> opensBeforeStart() {
        return Optional.ofNullable(opensBeforeStart);
    }

    /** From when the step is possible for a session starting at {@code startsAt}; empty: no earliest time. */
    public Optional<Instant> opensAt(Instant startsAt) {
        return Optional.ofNullable(opensBeforeStart).map(startsAt::minus);
    }

    /** From when the step is no longer possible for a session ending at {@code endsAt}; empty: it never closes. */
    public Optional<Instant> closesAt(Instant endsAt) {
        return closesAtEnd ? Optional.of(endsAt) : Optional.empty();
    }

    /** Whether the step is possible at {@code now}: at or after it opens, and before it closes. */
    public boolean contains(Instant startsAt, Instant endsAt, Instant now) {
        boolean opened = opensAt(startsAt).map(opens -> !now.isBefore(opens)).orElse(true);
        boolean closed = closesAt(endsAt).map(closes -> !now.isBefore(closes)).orElse(false);
        return opened && !closed;
    }
}
