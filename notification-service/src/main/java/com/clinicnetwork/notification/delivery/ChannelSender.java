package com.clinicnetwork.notification.delivery;

import com.clinicnetwork.notification.message.Channel;

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
