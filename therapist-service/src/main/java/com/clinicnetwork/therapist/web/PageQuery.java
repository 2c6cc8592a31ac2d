package com.clinicnetwork.therapist.web;

import com.clinicnetwork.servicedefaults.web.PageOf;
import java.util.List;

/** Which page of a list to read; the bounds are validated at the controller. */
public record PageQuery(int page, int size) {

    public static final int MAX_SIZE = 100;

    public PageQuery {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and size within 1.." + MAX_SIZE);
        }
    }

    public long offset() {
        return (long) page * size;
    }

    /** The answer for this page: its {@code items} out of {@code totalItems} matching the query. */
    public <T> PageOf<T> pageOf(List<T> items, long totalItems) {
        return PageOf.of(items, page, size, totalItems);
    }
}
