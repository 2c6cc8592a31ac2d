package com.clinicnetwork.web.client.appointments;

import com.clinicnetwork.web.appointments.Appointment;
import java.time.ZoneId;

/** An appointment as a list shows it: with the zone of its location, and whether the client may still change it. */
public record AppointmentRow(Appointment appointment, ZoneId zone, boolean changeable) {
}
