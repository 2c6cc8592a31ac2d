package com.clinicnetwork.web.client.profile;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The signed-in client's record, read once per session: the client screens need its id for the API's
 * {@code clientId} parameters and paths. A person without one is sent to complete their profile first.
 */
@Component
public class CurrentClient {

    private static final String ATTRIBUTE = CurrentClient.class.getName();

    private final ClientsApi clients;
    private final HttpSession session;

    CurrentClient(ClientsApi clients, HttpSession session) {
        this.clients = clients;
        this.session = session;
    }

    /** @throws ProfileMissingException when the person has no client record yet */
    public ClientProfile get() {
        return find().orElseThrow(ProfileMissingException::new);
    }

    Optional<ClientProfile> find() {
        if (session.getAttribute(ATTRIBUTE) instanceof ClientProfile known) {
            return Optional.of(known);
        }
        Optional<ClientProfile> profile = clients.me();
        profile.ifPresent(this::remember);
        return profile;
    }

    void remember(ClientProfile profile) {
        session.setAttribute(ATTRIBUTE, profile);
    }
}
