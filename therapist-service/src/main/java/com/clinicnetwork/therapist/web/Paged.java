package com.clinicnetwork.therapist.web;

import java.util.List;

/**
 * One page of a list endpoint.
 *
 * @param page       zero-based page number
 * @param size       requested page size
 * @param totalItems items matching the query across all pages
 * @param totalPages pages needed for {@code totalItems} at this size
 */
public record Paged<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static <T> Paged<T> of(List<T> items, PageQuery query, long totalItems) {
        return new Paged<>(List.copyOf(items), query.page(), query.size(), totalItems, (totalItems + query.size() - 1) / query.size());
    }
}
