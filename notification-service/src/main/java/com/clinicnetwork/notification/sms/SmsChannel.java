package com.clinicnetwork.notification.sms;

import com.clinicnetwork.notification.directory.DirectoryCopy;
import com.clinicnetwork.notification.dispatch.ChannelSender;
import com.clinicnetwork.notification.message.MessageRenderer;
import com.clinicnetwork.notification.notification.Channel;
import com.clinicnetwork.notification.notification.Notification;
import org.springframework.stereotype.Component;

/** The SMS channel: renders the short text of a message and hands it to the configured gateway. */
@Component
class SmsChannel implements ChannelSender {

    private final SmsGateway gateway;
    private final MessageRenderer renderer;
    private final DirectoryCopy directory;

    SmsChannel(SmsGateway gateway, MessageRenderer renderer, DirectoryCopy directory) {
        this.gateway = gateway;
        this.renderer = renderer;
        this.directory = directory;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public void send(Notification notification) {
        String text = renderer.sms(notification,
                directory.subject(notification.locationId(), notification.therapistId(), notification.treatmentId()));
        gateway.send(notification.id(), notification.recipient(), text);
    }
}
