package com.clinicnetwork.notification.message;

import com.clinicnetwork.servicedefaults.links.CheckInLinks;
import org.springframework.stereotype.Component;

/**
 * The web app's pages a message links to: the aftercare check-in (a signed link that works without signing in,
 * which booking-service verifies), a waitlist offer (the client signs in to accept or decline it) and an appointment
 * whose client is asked to confirm they will come (signed in, as for the offer).
 */
@Component
public class WebAppLinks {

    private final String base;
    private final CheckInLinks checkInLinks;

    WebAppLinks(WebAppProperties properties, CheckInLinks checkInLinks) {
        this.base = properties.base();
        this.checkInLinks = checkInLinks;
    }

    /** {@code <base>/check-in/<token>}, valid until the check-in closes. */
    String checkIn(SessionAftercare aftercare) {
        return base + "/check-in/" + checkInLinks.sign(aftercare.appointment().id(), aftercare.checkInClosesAt());
    }

    /** {@code <base>/client/appointments/<appointment id>}: the client's page of the appointment, with its Confirm button. */
    String confirmation(ConfirmationRequest request) {
        return base + "/client/appointments/" + request.appointment().id();
    }

    /** {@code <base>/waitlist/offers/<offer id>}. */
    String waitlistOffer(WaitlistOffer offer) {
        return base + "/waitlist/offers/" + offer.offerId();
    }
}
