package com.clinicnetwork.notification.message;

/**
 * An iCalendar object to attach.
 *
 * @param method  REQUEST (create or update the event) or CANCEL, also the MIME type's method parameter
 * @param content the .ics text, CRLF line endings
 */
public record CalendarInvite(String method, String content) {
}
