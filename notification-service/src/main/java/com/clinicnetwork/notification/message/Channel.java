package com.clinicnetwork.notification.message;

/** How a message travels: to the client by email or SMS, or to the clinic chain's own systems by webhook. */
public enum Channel {
    EMAIL,
    SMS,
    WEBHOOK;

    public boolean toClient() {
        return this != WEBHOOK;
    }
}
