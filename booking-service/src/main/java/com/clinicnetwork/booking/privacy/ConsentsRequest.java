package com.clinicnetwork.booking.privacy;

/**
 * A client's decision about their consents; a field left out stays as it is, but one of them must be given.
 *
 * @param careMessages appointment confirmations, reminders, aftercare and the like
 * @param marketing    promotional messages
 */
public record ConsentsRequest(Boolean careMessages, Boolean marketing) {
}
