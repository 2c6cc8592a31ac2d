package com.clinicnetwork.notification.webhook;

/** The chain already has {@code clinic.webhooks.max-subscriptions} webhook subscriptions. */
final class SubscriptionLimitReachedException extends RuntimeException {

    private final int limit;

    SubscriptionLimitReachedException(int limit) {
        super("At most " + limit + " webhook subscriptions are allowed", null, false, false);
        this.limit = limit;
    }

    int limit() {
        return limit;
    }
}
