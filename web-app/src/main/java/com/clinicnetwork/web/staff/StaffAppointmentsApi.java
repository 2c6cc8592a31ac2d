package com.clinicnetwork.web.staff;

import com.clinicnetwork.web.appointments.Appointment;
import com.clinicnetwork.web.gateway.GatewayApi;
import com.clinicnetwork.web.gateway.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Appointments through the gateway as staff see them: the list of a location's or a therapist's day or week (the API
 * narrows it to what the caller may see) and the changes staff record, each with {@code If-Match}.
 */
@Component
public class StaffAppointmentsApi {

    /** The API's largest page. */
    private static final int PAGE_SIZE = 100;
    /** A bound on pages read for one screen: a week of a busy location fits many times over. */
    private static final int MAX_PAGES = 20;

    private final RestClient api;

    public StaffAppointmentsApi(GatewayApi gateway) {
        this.api = gateway.signedIn();
    }

    /** Appointments at a location starting in {@code [from, to)}, every status, by start. */
    public List<Appointment> atLocation(UUID locationId, Instant from, Instant to) {
        return all("locationId", locationId, from, to);
    }

    /**
     * The signed-in therapist's appointments starting in {@code [from, to)}: the API narrows an unfiltered list to
     * the therapist's own.
     */
    public List<Appointment> mine(Instant from, Instant to) {
        return all(null, null, from, to);
    }

    public Appointment change(UUID id, AppointmentTransition transition, String etag) {
        return api.post().uri("/api/v1/appointments/{id}/{transition}", id, transition.path())
                .headers(headers -> headers.setIfMatch(etag))
                .retrieve().body(Appointment.class);
    }

    private List<Appointment> all(String filter, UUID value, Instant from, Instant to) {
        List<Appointment> result = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            int current = page;
            Page<Appointment> found = api.get().uri(uri -> {
                        if (filter != null) {
                            uri.queryParam(filter, value);
                        }
                        return uri.path("/api/v1/appointments").queryParam("from", "{from}").queryParam("to", "{to}")
                                .queryParam("page", current).queryParam("size", PAGE_SIZE)
                                .build(Map.of("from", from.toString(), "to", to.toString()));
                    })
                    .retrieve().body(new ParameterizedTypeReference<Page<Appointment>>() { });
            result.addAll(found.items());
            if (!found.hasNext()) {
                break;
            }
        }
        result.sort(Comparator.comparing(Appointment::startsAt).thenComparing(Appointment::therapistId));
        return result;
    }
}
