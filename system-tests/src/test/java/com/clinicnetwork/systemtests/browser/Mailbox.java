package com.clinicnetwork.systemtests.browser;

import com.clinicnetwork.launcher.MailServer;
import com.clinicnetwork.systemtests.SystemUnderTest;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/** A person's mailbox: the platform's SMTP inbox, read as that person would read their mail (the plain text). */
final class Mailbox {

    private final String address;

    Mailbox(String address) {
        this.address = address;
    }

    /** The first message to this address whose subject or text matches, once it has arrived. */
    String await(String what, Predicate<String> subjectOrText) {
        return Awaitility.await(what + " in the mailbox of the test person").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> SystemUnderTest.platform().mailServer().messages().stream()
                        .filter(mail -> mail.to().contains(address))
                        .map(mail -> mail.subject() + "\n" + text(mail))
                        .filter(subjectOrText)
                        .findFirst().orElse(null), mail -> mail != null);
    }

    /** The first link in {@code text} that starts with {@code prefix}. */
    static String link(String text, String prefix) {
        Matcher link = Pattern.compile(Pattern.quote(prefix) + "[^\\s\"<>)]+").matcher(text);
        if (!link.find()) {
            throw new AssertionError("No link starting with " + prefix + " in:\n" + text);
        }
        return link.group();
    }

    /** The decoded text/plain part: links in the raw message may be folded by quoted-printable encoding. */
    private static String text(MailServer.ReceivedMail mail) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(mail.raw().getBytes(StandardCharsets.UTF_8)));
            String text = plainText(message);
            return text == null ? "" : text;
        } catch (MessagingException | IOException e) {
            throw new AssertionError("Unreadable message to " + mail.to(), e);
        }
    }

    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String text = plainText(body);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
