package com.clinicnetwork.booking.demo;

import com.clinicnetwork.booking.client.Client;
import com.clinicnetwork.booking.client.ClientRepository;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo clients of docs/conventions.md (their ids match the demo tokens) into an empty
 * database. Only with {@code clinic.demo-data.enabled}; a database that already has clients is left alone.
 */
@Component
@ConditionalOnBooleanProperty("clinic.demo-data.enabled")
class DemoClients implements ApplicationRunner {

    private static final UUID MANCHESTER = UUID.fromString("10000000-0000-4000-8000-000000000001");
    private static final UUID BERLIN = UUID.fromString("10000000-0000-4000-8000-000000000003");

    static final List<Client> CLIENTS = List.of(
            new Client(UUID.fromString("40000000-0000-4000-8000-000000000001"), "Sam", "Carter", "sam.carter@example.com",
                    "+44 7700 900101", "Europe/London", "en-GB", MANCHESTER, 1),
            new Client(UUID.fromString("40000000-0000-4000-8000-000000000002"), "Priya", "Natarajan",
                    "priya.natarajan@example.com", "+44 7700 900102", "Europe/London", "en-GB", MANCHESTER, 1),
            new Client(UUID.fromString("40000000-0000-4000-8000-000000000003"), "Jonas", "Weber", "jonas.weber@example.com",
                    "+49 30 901820", "Europe/Berlin", "de-DE", BERLIN, 1));

    private static final Logger log = LoggerFactory.getLogger(DemoClients.class);

    private final ClientRepository clients;

    DemoClients(ClientRepository clients) {
        this.clients = clients;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!clients.isEmpty()) {
            return;
        }
        // insertIfAbsent: replicas starting together may both find the table empty.
        long seeded = CLIENTS.stream().filter(clients::insertIfAbsent).count();
        log.info("Seeded {} demo clients", seeded);
    }
}
