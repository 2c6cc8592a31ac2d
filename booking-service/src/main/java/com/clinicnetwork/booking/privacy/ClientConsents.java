package com.clinicnetwork.booking.privacy;

/** A client's consents, as {@code GET}/{@code PUT /api/v1/clients/{id}/consents} show them. */
public record ClientConsents(Consent careMessages, Consent marketing) {
}
