package com.clinicnetwork.booking.waitlist;

import java.util.List;

/** One page of a client's waitlist entries, newest first; {@code page} counts from 0. */
public record WaitlistPage(List<WaitlistEntryView> items, int page, int size, long totalItems) {
}
