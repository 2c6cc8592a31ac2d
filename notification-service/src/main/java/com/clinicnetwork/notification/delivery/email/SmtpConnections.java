package com.clinicnetwork.notification.delivery.email;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * One open SMTP connection per sending thread, reused for the next message. Spring's {@code JavaMailSenderImpl} opens a
 * connection (TCP, greeting, EHLO, STARTTLS and login) for every message, which costs more than sending it and bounds
 * how many confirmations a dispatcher worker delivers per second.
 *
 * <p>A connection is only ever used by the thread that opened it (an SMTP session is a conversation, not safe to
 * share). One left idle for a moment is checked with a NOOP before reuse; one idle for longer than
 * {@code clinic.mail.idle-connection-timeout} is closed and replaced, before the server drops it on its own. A failed
 * send closes its connection, so the next message starts on a fresh one.
 */
@Component
class SmtpConnections implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SmtpConnections.class);
    /** Below this, a connection that just delivered a message is trusted without a NOOP round trip. */
    private static final Duration TRUSTED_IDLE = Duration.ofSeconds(1);

    private final JavaMailSenderImpl mailSender;
    private final Duration idleTimeout;
    private final Clock clock;
    private final LongSupplier wallTime;
    private final ThreadLocal<Connection> ownConnection = new ThreadLocal<>();
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();

    @Autowired
    SmtpConnections(JavaMailSenderImpl mailSender, MailProperties properties, Clock clock) {
        this(mailSender, properties, clock, System::nanoTime);
    }

    /** @param wallTime nanoseconds as {@link System#nanoTime()} counts them: how long the server has seen nothing from us */
    SmtpConnections(JavaMailSenderImpl mailSender, MailProperties properties, Clock clock, LongSupplier wallTime) {
        this.mailSender = mailSender;
        this.idleTimeout = properties.idleConnectionTimeout();
        this.clock = clock;
        this.wallTime = wallTime;
    }

    /** @throws org.springframework.mail.MailException when no connection can be opened or the server refuses the message */
    void send(MimeMessage message) {
        Connection connection = usableConnection();
        try {
            if (message.getSentDate() == null) {
                message.setSentDate(Date.from(clock.instant()));
            }
            message.saveChanges();
            connection.transport.sendMessage(message, message.getAllRecipients());
            connection.lastUsedNanos = wallTime.getAsLong();
        } catch (MessagingException e) {
            discard(connection);
            throw new MailSendException("The SMTP server did not accept the message", e);
        }
    }

    private Connection usableConnection() {
        Connection connection = ownConnection.get();
        if (connection != null && !stillUsable(connection)) {
            discard(connection);
            connection = null;
        }
        if (connection == null) {
            connection = connect();
            ownConnection.set(connection);
            open.add(connection);
        }
        return connection;
    }

    private boolean stillUsable(Connection connection) {
        // Wall time, not the service clock: how long the server has seen no command from us.
        Duration idle = Duration.ofNanos(wallTime.getAsLong() - connection.lastUsedNanos);
        if (idle.compareTo(idleTimeout) > 0) {
            return false;
        }
        // isConnected() sends a NOOP: only worth a round trip when the server may have given up on the connection.
        return idle.compareTo(TRUSTED_IDLE) < 0 || connection.transport.isConnected();
    }

    private Connection connect() {
        try {
            Transport transport = mailSender.getSession().getTransport(protocol());
            transport.connect(mailSender.getHost(), mailSender.getPort(), emptyAsNull(mailSender.getUsername()),
                    emptyAsNull(mailSender.getPassword()));
            return new Connection(transport, wallTime.getAsLong());
        } catch (AuthenticationFailedException e) {
            throw new MailAuthenticationException(e);
        } catch (MessagingException e) {
            throw new MailSendException("Could not connect to the SMTP server", e);
        }
    }

    /** As JavaMailSenderImpl chooses it: its own setting, else the session's, else plain SMTP. */
    private String protocol() {
        if (mailSender.getProtocol() != null) {
            return mailSender.getProtocol();
        }
        return Objects.requireNonNullElse(mailSender.getSession().getProperty("mail.transport.protocol"),
                JavaMailSenderImpl.DEFAULT_PROTOCOL);
    }

    private void discard(Connection connection) {
        ownConnection.remove();
        open.remove(connection);
        close(connection);
    }

    private static void close(Connection connection) {
        try {
            connection.transport.close();
        } catch (MessagingException e) {
            log.debug("Closing an SMTP connection failed: {}", e.toString());
        }
    }

    private static String emptyAsNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    @Override
    public void destroy() {
        open.forEach(SmtpConnections::close);
        open.clear();
    }

    private static final class Connection {
        private final Transport transport;
        private long lastUsedNanos;

        private Connection(Transport transport, long openedNanos) {
            this.transport = transport;
            this.lastUsedNanos = openedNanos;
        }
    }
}
