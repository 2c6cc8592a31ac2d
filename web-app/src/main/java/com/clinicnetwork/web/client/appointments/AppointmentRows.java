package com.clinicnetwork.web.client.appointments;

import com.clinicnetwork.web.appointments.Appointment;
import com.clinicnetwork.web.directory.DirectoryApi;
import com.clinicnetwork.web.directory.Location;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Appointments ready for a list: each with its location's zone (one directory read per list) and what the client may do. */
@Component
public class AppointmentRows {

    private final DirectoryApi directory;
    private final Clock clock;

    AppointmentRows(DirectoryApi directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    public List<AppointmentRow> of(List<Appointment> appointments) {
        if (appointments.isEmpty()) {
            return List.of();
        }
        Map<UUID, Location> locations = directory.locationsById();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return appointments.stream()
                .map(appointment -> new AppointmentRow(appointment, zone(locations.get(appointment.locationId())),
                        appointment.changeableAt(now)))
                .toList();
    }

    /** A location the directory no longer lists still has its appointments shown, in UTC. */
    private static ZoneId zone(Location location) {
        return location == null ? ZoneOffset.UTC : location.zone();
    }
}
