package com.clinicnetwork.booking.client;

import com.clinicnetwork.servicedefaults.web.ETags;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.security.Role;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/clients")
class ClientController {

    private static final String DEFAULT_LOCALE = "en-GB";

    private final ClientRepository clients;

    ClientController(ClientRepository clients) {
        this.clients = clients;
    }

    /** Staff register clients; the path rule in the security configuration limits this to front desk and admins. */
    @PostMapping
    ResponseEntity<ClientView> create(@Valid @RequestBody CreateClientRequest request) {
        Client client = new Client(UUID.randomUUID(), request.firstName().strip(), request.lastName().strip(),
                request.email().strip(), request.phone(), timeZone(request.timeZone()), locale(request.locale()), 1);
        clients.insertIfAbsent(client);
        return ResponseEntity.created(URI.create("/api/v1/clients/" + client.id()))
                .eTag(ETags.of(client.version()))
                .body(ClientView.of(client));
    }

    /** Clients see only themselves; whether another client exists is not theirs to know. */
    @GetMapping("/{id}")
    ResponseEntity<ClientView> get(@PathVariable UUID id, ClinicUser user) {
        boolean staff = user.hasRole(Role.FRONT_DESK) || user.hasRole(Role.CLINIC_ADMIN) || user.hasRole(Role.THERAPIST);
        if (!staff && !user.isClient(id)) {
            throw ApiProblemException.notFound("Client", id);
        }
        Client client = clients.find(id).orElseThrow(() -> ApiProblemException.notFound("Client", id));
        return ResponseEntity.ok().eTag(ETags.of(client.version())).body(ClientView.of(client));
    }

    private static String timeZone(String value) {
        try {
            return ZoneId.of(value.strip()).getId();
        } catch (DateTimeException e) {
            throw ApiProblemException.invalidField("timeZone", "must be an IANA time zone such as Europe/London");
        }
    }

    private static String locale(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LOCALE;
        }
        try {
            return new Locale.Builder().setLanguageTag(value.strip()).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw ApiProblemException.invalidField("locale", "must be a language tag such as en-GB");
        }
    }
}
