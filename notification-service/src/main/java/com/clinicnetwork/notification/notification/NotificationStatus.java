package com.clinicnetwork.notification.notification;

/**
 * PENDING until delivered (SENT) or given up on after the retry bound (FAILED). SKIPPED: recorded but never
 * sent, because the client opted out of this message type.
 */
public enum NotificationStatus {
    PENDING,
    SENT,
    FAILED,
    SKIPPED
}
