package com.clinicnetwork.booking.privacy;

import org.jspecify.annotations.Nullable;

/**
 * A client's decision about their consents; a field left out stays as it is, but one of them must be given.
 *
 * @param careMessages appointment confirmations, reminders, aftercare and the like
 * @param marketing    promotional messages
 */
public record ConsentsRequest(@Nullable Boolean careMessages, @Nullable Boolean marketing) {
}
