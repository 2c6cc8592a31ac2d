package com.clinicnetwork.notification.message;

import com.clinicnetwork.notification.history.Notification;
import com.clinicnetwork.servicedefaults.links.CheckInLinks;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The web app's pages a message links to: the aftercare check-in (a signed link that works without signing in,
 * which booking-service verifies) and a waitlist offer (the client signs in to accept or decline it).
 */
@Component
public class WebAppLinks {

    /**
     * booking-service's default answer window: how long a link lasts when the fulfilment event does not say (its
     * producer predates {@code checkInClosesAt}).
     */
    static final Duration FALLBACK_ANSWER_WINDOW = Duration.ofDays(14);

    private final String base;
    private final CheckInLinks checkInLinks;

    WebAppLinks(WebAppProperties properties, CheckInLinks checkInLinks) {
        this.base = properties.base();
        this.checkInLinks = checkInLinks;
    }

    /** {@code <base>/check-in/<token>}, valid until the check-in closes; only for a message about an appointment. */
    Optional<String> checkIn(Notification notification) {
        if (notification.appointmentId() == null) {
            return Optional.empty();
        }
        Instant closesAt = notification.checkInClosesAt() != null ? notification.checkInClosesAt()
                : notification.endsAt().plus(FALLBACK_ANSWER_WINDOW);
        return Optional.of(base + "/check-in/" + checkInLinks.sign(notification.appointmentId(), closesAt));
    }

    /** {@code <base>/waitlist/offers/<offer id>}; only for a message about an offer. */
    Optional<String> waitlistOffer(Notification notification) {
        return Optional.ofNullable(notification.offerId()).map(offerId -> base + "/waitlist/offers/" + offerId);
    }
}
