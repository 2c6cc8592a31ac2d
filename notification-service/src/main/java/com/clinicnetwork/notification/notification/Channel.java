package com.clinicnetwork.notification.notification;

public enum Channel {
    EMAIL
}
