package com.clinicnetwork.notification.sms;

import com.clinicnetwork.notification.delivery.ChannelSender;
import com.clinicnetwork.notification.directory.DirectoryRepository;
import com.clinicnetwork.notification.history.Notification;
import com.clinicnetwork.notification.message.Channel;
import com.clinicnetwork.notification.message.MessageRenderer;
import org.springframework.stereotype.Component;

/** The SMS channel: renders the short text of a message and hands it to the configured gateway. */
@Component
class SmsChannel implements ChannelSender {

    private final SmsGateway gateway;
    private final MessageRenderer renderer;
    private final DirectoryRepository directory;

    SmsChannel(SmsGateway gateway, MessageRenderer renderer, DirectoryRepository directory) {
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
