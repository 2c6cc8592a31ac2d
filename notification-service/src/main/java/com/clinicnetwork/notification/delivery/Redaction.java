package com.clinicnetwork.notification.delivery;

import java.util.regex.Pattern;

/**
 * Strips what looks like contact data from provider error messages (an SMTP server's "550 <sam@example.com>
 * unknown", an SMS gateway echoing the number) before they are stored, published or logged.
 */
final class Redaction {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ()-]{6,}\\d");
    private static final String REDACTED = "[redacted]";

    private Redaction() {
    }

    static String redact(String text) {
        if (text == null) {
            return null;
        }
        return PHONE.matcher(EMAIL.matcher(text).replaceAll(REDACTED)).replaceAll(REDACTED);
    }
}
