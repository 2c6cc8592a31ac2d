package com.clinicnetwork.booking.waitlist;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Expires lapsed waitlist offers on every replica; row locks with SKIP LOCKED keep replicas out of each other's way. */
@Component
class OfferExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(OfferExpiryJob.class);

    private final WaitlistOffering offers;

    OfferExpiryJob(WaitlistOffering offers) {
        this.offers = offers;
    }

    @Scheduled(fixedDelayString = "${clinic.booking.waitlist.expiry-check-interval:15s}")
    void expireLapsedOffers() {
        try {
            int expired = offers.expireLapsedOffers();
            if (expired > 0) {
                log.info("Expired {} waitlist offers", expired);
            }
        } catch (RuntimeException e) {
            log.warn("Expiring waitlist offers failed, will retry: {}", e.toString());
        }
    }
}
