package com.clinicnetwork.notification.message;

import java.util.Objects;
import java.util.Optional;

/**
 * An iCalendar object to attach.
 *
 * @param method  the iTIP method, REQUEST (create or update the event) or CANCEL, also the MIME type's method
 *                parameter; empty for a plain calendar file to import (a course's sessions), which has neither
 * @param content the .ics text, CRLF line endings
 */
public record CalendarInvite(Optional<String> method, String content) {

    public CalendarInvite {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(content, "content");
    }

    /** The attachment's MIME type: RFC 5545 wants the method parameter exactly when the object has a METHOD. */
    public String mimeType() {
        return "text/calendar; charset=UTF-8" + method.map(name -> "; method=" + name).orElse("");
    }
}
