package com.clinicnetwork.booking.aftercare;

import java.util.List;

/** One page of check-in answers, by session start; {@code page} counts from 0. */
public record CheckInPage(List<CheckInView> items, int page, int size, long totalItems) {
}
