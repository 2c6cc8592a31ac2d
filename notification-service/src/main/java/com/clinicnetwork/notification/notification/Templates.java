package com.clinicnetwork.notification.notification;

/** Names of the message templates, stored with each notification and shown by the API. */
public final class Templates {

    public static final String APPOINTMENT_CONFIRMATION = "appointment-confirmation";

    private Templates() {
    }
}
