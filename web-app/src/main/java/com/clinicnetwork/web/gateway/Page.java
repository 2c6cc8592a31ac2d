package com.clinicnetwork.web.gateway;

import java.util.List;

/** One page of a paginated list of the API: {@code {items, page, size, totalItems}}. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < totalItems;
    }
}
