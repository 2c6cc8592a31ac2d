package com.clinicnetwork.notification.dispatch;

import com.clinicnetwork.notification.notification.Channel;
import com.clinicnetwork.notification.notification.Notification;

/** Delivers notifications of one channel. */
public interface ChannelSender {

    Channel channel();

    /**
     * Renders and hands over one notification; returns only once the provider (SMTP server, SMS gateway,
     * webhook receiver) has accepted it.
     *
     * @throws DeliveryException when it was not accepted
     */
    void send(Notification notification);
}
