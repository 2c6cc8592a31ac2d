package com.clinicnetwork.booking.appointment;

import java.util.List;

/** One page of a search; {@code page} counts from 0. */
public record AppointmentPage(List<AppointmentView> items, int page, int size, long totalItems) {
}
