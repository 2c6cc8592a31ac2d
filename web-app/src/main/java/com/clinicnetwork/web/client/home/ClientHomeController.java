package com.clinicnetwork.web.client.home;

import com.clinicnetwork.web.appointments.AppointmentsApi;
import com.clinicnetwork.web.client.appointments.AppointmentRows;
import com.clinicnetwork.web.client.profile.ClientProfile;
import com.clinicnetwork.web.client.profile.CurrentClient;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A client's start page: their next sessions and where to find, book and manage more. */
@Controller
class ClientHomeController {

    private static final int NEXT = 3;

    private final CurrentClient currentClient;
    private final AppointmentsApi appointments;
    private final AppointmentRows rows;
    private final Clock clock;

    ClientHomeController(CurrentClient currentClient, AppointmentsApi appointments, AppointmentRows rows, Clock clock) {
        this.currentClient = currentClient;
        this.appointments = appointments;
        this.rows = rows;
        this.clock = clock;
    }

    @GetMapping("/client")
    String home(Model model) {
        ClientProfile client = currentClient.get();
        model.addAttribute("client", client);
        model.addAttribute("upcoming", rows.of(appointments.appointmentsOf(client.id(), OffsetDateTime.now(clock), null,
                "BOOKED", 0, NEXT).items()));
        return "client/home";
    }
}
