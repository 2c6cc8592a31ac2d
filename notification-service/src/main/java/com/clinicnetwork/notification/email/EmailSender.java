package com.clinicnetwork.notification.email;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** The email channel: hands a rendered message to the SMTP server. */
@Component
public class EmailSender {

    /** Lets support and tests match a received email to its notification without reading personal data. */
    public static final String NOTIFICATION_ID_HEADER = "X-Clinic-Notification-Id";

    private final JavaMailSender mailSender;
    private final MailProperties properties;

    EmailSender(JavaMailSender mailSender, MailProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
    }

    /** @throws org.springframework.mail.MailException when the message cannot be built or the server does not accept it */
    public void send(UUID notificationId, String recipient, EmailContent content) {
        MimeMessage message = mailSender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                    StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(recipient);
            helper.setSubject(content.subject());
            helper.setText(content.text(), content.html());
            message.setHeader(NOTIFICATION_ID_HEADER, notificationId.toString());
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        mailSender.send(message);
    }
}
