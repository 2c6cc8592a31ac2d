package com.clinicnetwork.booking.client;

import com.clinicnetwork.booking.directory.DirectoryRepository;
import com.clinicnetwork.servicedefaults.refusal.InvalidValueException;
import com.clinicnetwork.servicedefaults.refusal.StateConflictException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.security.Role;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * New client records: staff register clients, a client creates their own profile, linked to the subject they sign in
 * as (see {@link OwnProfile}). The path rule in the security configuration keeps everyone else out.
 */
@Service
class ClientRegistration {

    private static final String DEFAULT_LOCALE = "en-GB";

    private final ClientRepository clients;
    private final SelfRegistration selfRegistration;
    private final DirectoryRepository directory;

    ClientRegistration(ClientRepository clients, SelfRegistration selfRegistration, DirectoryRepository directory) {
        this.clients = clients;
        this.selfRegistration = selfRegistration;
        this.directory = directory;
    }

    /** @throws StateConflictException {@value OwnProfile#EXISTS} for a client who already has a profile */
    @Transactional
    ClientView register(ClinicUser user, CreateClientRequest request) {
        boolean staff = user.hasRole(Role.CLINIC_ADMIN) || user.hasRole(Role.FRONT_DESK);
        String subject = staff ? null : OwnProfile.subjectToLink(user);
        Client client = new Client(UUID.randomUUID(), request.firstName().strip(), request.lastName().strip(),
                request.email().strip(), request.phone(), timeZone(request.timeZone()), locale(request.locale()),
                registeredLocation(user, request.registeredLocationId()), 1);
        if (staff) {
            clients.insertIfAbsent(client);
        } else {
            selfRegistration.register(client, subject);
        }
        return ClientView.of(client);
    }

    /**
     * Front desk registers clients at one of their own locations; admins anywhere in the directory, or nowhere; a client
     * names their preferred location, if they have one.
     */
    private UUID registeredLocation(ClinicUser user, UUID requested) {
        if (user.hasRole(Role.CLINIC_ADMIN) || !user.hasRole(Role.FRONT_DESK)) {
            if (requested != null && directory.findLocation(requested).isEmpty()) {
                throw new InvalidValueException("registeredLocationId", "no location with this id");
            }
            return requested;
        }
        if (requested == null) {
            if (user.locationIds().size() != 1) {
                throw new InvalidValueException("registeredLocationId",
                        "is required when you work at more than one location");
            }
            return user.locationIds().iterator().next();
        }
        if (!user.worksAt(requested)) {
            throw new InvalidValueException("registeredLocationId", "must be a location you work at");
        }
        return requested;
    }

    private static String timeZone(String value) {
        try {
            return ZoneId.of(value.strip()).getId();
        } catch (DateTimeException e) {
            throw new InvalidValueException("timeZone", "must be an IANA time zone such as Europe/London");
        }
    }

    private static String locale(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LOCALE;
        }
        try {
            return new Locale.Builder().setLanguageTag(value.strip()).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw new InvalidValueException("locale", "must be a language tag such as en-GB");
        }
    }
}
