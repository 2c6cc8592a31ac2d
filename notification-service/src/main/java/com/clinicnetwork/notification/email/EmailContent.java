package com.clinicnetwork.notification.email;

/** A rendered email: plain text for every client, HTML for those that show it. */
public record EmailContent(String subject, String text, String html) {
}
