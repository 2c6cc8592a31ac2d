package com.clinicnetwork.servicedefaults.web;

import java.util.List;

/**
 * One page of a list endpoint's answer, the same shape for every list of the platform (in API documents
 * {@code PageOf<Item>}, e.g. {@code PageOfAppointmentView}).
 *
 * @param items      this page's items, in the list's order
 * @param page       zero-based page number
 * @param size       requested page size
 * @param totalItems items matching the query across all pages
 * @param totalPages pages needed for {@code totalItems} at this size
 */
public record PageOf<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public PageOf {
        items = List.copyOf(items);
    }

    /** Page {@code page} of {@code size} items out of {@code totalItems}; {@code totalPages} follows from those. */
    public static <T> PageOf<T> of(List<T> items, int page, int size, long totalItems) {
        if (page < 0 || size < 1 || totalItems < 0) {
            throw new IllegalArgumentException("page must be >= 0, size >= 1 and totalItems >= 0");
        }
        return new PageOf<>(items, page, size, totalItems, (totalItems + size - 1) / size);
    }
}
