package com.clinicnetwork.booking.series;

import com.clinicnetwork.booking.appointment.AppointmentView;
import java.util.List;
import java.util.UUID;

/** A booked course and its appointments, earliest first. */
public record SeriesView(UUID id, List<AppointmentView> appointments) {
}
