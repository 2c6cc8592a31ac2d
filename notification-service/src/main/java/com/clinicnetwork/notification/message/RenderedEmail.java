package com.clinicnetwork.notification.message;

import java.util.Optional;

/**
 * A rendered email: plain text for every client, HTML for those that show it, and an iCalendar invitation
 * for messages that create, move or cancel an appointment.
 */
public record RenderedEmail(String subject, String text, String html, Optional<CalendarInvite> invite) {
}
