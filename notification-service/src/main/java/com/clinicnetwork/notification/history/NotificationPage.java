package com.clinicnetwork.notification.history;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with what a client needs to fetch the others. */
public record NotificationPage<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    static <T> NotificationPage<T> of(List<T> items, int page, int size, long totalItems) {
        return new NotificationPage<>(items, page, size, totalItems, (totalItems + size - 1) / size);
    }

    <R> NotificationPage<R> map(Function<T, R> mapper) {
        return new NotificationPage<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
