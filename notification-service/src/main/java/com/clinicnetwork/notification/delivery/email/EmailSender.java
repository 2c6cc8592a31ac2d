package com.clinicnetwork.notification.delivery.email;

import com.clinicnetwork.notification.message.CalendarInvite;
import com.clinicnetwork.notification.message.RenderedEmail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Hands a rendered email to the SMTP server, over the sending thread's open connection. */
@Component
public class EmailSender {

    /** Lets support and tests match a received email to its notification without reading personal data. */
    public static final String NOTIFICATION_ID_HEADER = "X-Clinic-Notification-Id";
    public static final String INVITE_FILE_NAME = "appointment.ics";

    /**
     * Jakarta Mail 2.1 looks its StreamProvider up with a ServiceLoader scan of the whole class path for every body part,
     * multipart and encoded header it creates (jakartaee/mail-api#699 and #861, reworked in 2.2, not released yet): half
     * of notification-service's CPU per email in the benchmark. Naming the provider in the system property its finder
     * reads first replaces the scan by a class lookup; a name that no longer exists falls back to the scan.
     */
    static final String STREAM_PROVIDER_PROPERTY = "jakarta.mail.util.StreamProvider";
    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    static {
        if (System.getProperty(STREAM_PROVIDER_PROPERTY) == null) {
            System.setProperty(STREAM_PROVIDER_PROPERTY, ANGUS_STREAM_PROVIDER);
        }
    }

    private final JavaMailSender mailSender;
    private final SmtpConnections connections;
    private final MailProperties properties;

    EmailSender(JavaMailSender mailSender, SmtpConnections connections, MailProperties properties) {
        this.mailSender = mailSender;
        this.connections = connections;
        this.properties = properties;
    }

    public String from() {
        return properties.from();
    }

    /** @throws org.springframework.mail.MailException when the message cannot be built or the server does not accept it */
    public void send(UUID notificationId, String recipient, RenderedEmail email) {
        MimeMessage message = mailSender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                    StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(recipient);
            helper.setSubject(email.subject());
            helper.setText(email.text(), email.html());
            if (email.invite().isPresent()) {
                CalendarInvite invite = email.invite().get();
                helper.addAttachment(INVITE_FILE_NAME, new ByteArrayResource(invite.content().getBytes(StandardCharsets.UTF_8)),
                        invite.mimeType());
            }
            message.setHeader(NOTIFICATION_ID_HEADER, notificationId.toString());
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        connections.send(message);
    }
}
