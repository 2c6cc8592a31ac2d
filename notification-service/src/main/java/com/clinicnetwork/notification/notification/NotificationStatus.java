package com.clinicnetwork.notification.notification;

/** PENDING until delivered (SENT) or given up on after the retry bound (FAILED). */
public enum NotificationStatus {
    PENDING,
    SENT,
    FAILED
}
