package com.clinicnetwork.notification.delivery.sms;

import java.util.UUID;

/** Where SMS go: a provider over HTTP, or the development sink. */
public interface SmsGateway {

    /**
     * @param reference the notification id, passed on so a provider can drop a repeated request
     * @throws com.clinicnetwork.notification.delivery.DeliveryException when the SMS was not accepted
     */
    void send(UUID reference, String to, String text);
}
