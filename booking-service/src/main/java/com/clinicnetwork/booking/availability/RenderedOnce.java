package com.clinicnetwork.booking.availability;

import java.util.function.Supplier;

/**
 * A value made on first use and then kept: how an answer is written is kept with the answer, so a search served again
 * from {@link AvailabilityCache} is not written again for every request. Two requests rendering it at once may both
 * make it; both results are the same.
 */
public final class RenderedOnce<T> {

    private volatile T value;

    public T get(Supplier<T> render) {
        T made = value;
        if (made == null) {
            made = render.get();
            value = made;
        }
        return made;
    }
}
