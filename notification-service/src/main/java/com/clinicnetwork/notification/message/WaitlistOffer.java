package com.clinicnetwork.notification.message;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A freed slot offered to a waitlisted client, held for them until {@code holdUntil}.
 *
 * @param offerId the offer, which the client accepts or declines in the web app
 */
public record WaitlistOffer(UUID offerId, Visit visit, Instant holdUntil) implements MessageContent {

    public WaitlistOffer {
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(holdUntil, "holdUntil");
    }

    @Override
    public MessageType type() {
        return MessageType.WAITLIST_OFFER;
    }

    /** An offer announced after its hold has ended offers nothing. */
    @Override
    public Optional<Instant> usefulUntil() {
        return Optional.of(holdUntil);
    }
}
