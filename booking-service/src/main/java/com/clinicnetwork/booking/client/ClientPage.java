package com.clinicnetwork.booking.client;

import java.util.List;

/** One page of a client search; {@code page} counts from 0. */
public record ClientPage(List<ClientView> items, int page, int size, long totalItems) {
}
