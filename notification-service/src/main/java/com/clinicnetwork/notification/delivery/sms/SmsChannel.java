package com.clinicnetwork.notification.delivery.sms;

import com.clinicnetwork.notification.delivery.ChannelSender;
import com.clinicnetwork.notification.delivery.Notification;
import com.clinicnetwork.notification.directory.DirectoryRepository;
import com.clinicnetwork.notification.message.Channel;
import com.clinicnetwork.notification.message.MessageLocale;
import com.clinicnetwork.notification.message.MessageRenderer;
import com.clinicnetwork.notification.message.Visit;
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
        Visit visit = notification.content().visit();
        String text = renderer.sms(notification.content(), MessageLocale.of(notification.locale()), notification.recipientName(),
                directory.entries(visit.locationId(), visit.therapistId(), visit.treatmentId()));
        gateway.send(notification.id(), notification.recipient(), text);
    }
}
