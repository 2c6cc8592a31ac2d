package com.clinicnetwork.notification.delivery;

/**
 * PENDING until delivered (SENT) or given up on after the retry bound (FAILED). SKIPPED: recorded but never
 * sent, because the client opted out of this message type, or (with a {@code skip_reason}) withdrew consent to
 * care messages ({@code no-consent}) or was erased while it waited ({@code erased}).
 */
public enum NotificationStatus {
    PENDING,
    SENT,
    FAILED,
    SKIPPED
}
