package com.clinicnetwork.notification.delivery.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import javax.net.SocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Against a real SMTP server (GreenMail), counting the TCP connections the mail session opens. */
class SmtpConnectionsIT {

    private final GreenMail smtpServer = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private final CountingSocketFactory sockets = new CountingSocketFactory();
    private final JavaMailSenderImpl mailSender = new JavaMailSenderImpl();

    @BeforeEach
    void startServer() {
        smtpServer.start();
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(smtpServer.getSmtp().getPort());
        Properties properties = new Properties();
        properties.put("mail.smtp.socketFactory", sockets);
        properties.put("mail.smtp.timeout", "5000");
        mailSender.setJavaMailProperties(properties);
    }

    @AfterEach
    void stopServer() {
        smtpServer.stop();
    }

    @Test
    void oneThreadSendsEveryMessageOverOneConnection() throws Exception {
        SmtpConnections connections = connections(Duration.ofSeconds(30));

        for (int i = 0; i < 5; i++) {
            connections.send(message("client-" + i + "@example.com"));
        }

        assertThat(smtpServer.getReceivedMessages()).hasSize(5);
        assertThat(sockets.opened).hasValue(1);
        connections.destroy();
    }

    @Test
    void eachThreadHasItsOwnConnection() throws Exception {
        SmtpConnections connections = connections(Duration.ofSeconds(30));

        List<CompletableFuture<Void>> threads = IntStream.range(0, 3)
                .mapToObj(thread -> CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < 4; i++) {
                        connections.send(message("client-" + thread + "-" + i + "@example.com"));
                    }
                }, runnable -> new Thread(runnable).start()))
                .toList();
        CompletableFuture.allOf(threads.toArray(CompletableFuture[]::new)).get();

        assertThat(smtpServer.getReceivedMessages()).hasSize(12);
        assertThat(sockets.opened).hasValue(3);
        connections.destroy();
    }

    @Test
    void aConnectionIdleForLongerThanTheTimeoutIsReplacedBeforeTheNextMessage() throws Exception {
        AtomicLong wallTime = new AtomicLong();
        SmtpConnections connections = new SmtpConnections(mailSender,
                new MailProperties("bookings@clinic-network.example", Duration.ofSeconds(30)), Clock.systemUTC(), wallTime::get);

        connections.send(message("first@example.com"));
        wallTime.addAndGet(Duration.ofSeconds(29).toNanos());
        connections.send(message("second@example.com"));
        wallTime.addAndGet(Duration.ofSeconds(31).toNanos());
        connections.send(message("third@example.com"));

        assertThat(smtpServer.getReceivedMessages()).hasSize(3);
        assertThat(sockets.opened).as("the first kept for the second, replaced after 31 s idle").hasValue(2);
        connections.destroy();
    }

    @Test
    void aMessageIsNeverReportedSentUnlessTheServerHasItAndTheNextOneGoesOutOnANewConnection() throws Exception {
        SmtpConnections connections = connections(Duration.ofSeconds(30));
        connections.send(message("before@example.com"));

        // A restart drops the open connection, as a server's own idle timeout or a network failure would.
        smtpServer.stop();
        smtpServer.start();
        mailSender.setPort(smtpServer.getSmtp().getPort());
        try {
            connections.send(message("during@example.com"));
            assertThat(recipients()).contains("during@example.com");
        } catch (MailSendException refused) {
            assertThat(recipients()).doesNotContain("during@example.com");
        }
        connections.send(message("after@example.com"));

        assertThat(recipients()).contains("after@example.com");
        assertThat(sockets.opened).hasValue(2);
        connections.destroy();
    }

    @Test
    void aServerThatCannotBeReachedIsAFailureToSend() {
        SmtpConnections connections = connections(Duration.ofSeconds(30));
        smtpServer.stop();

        assertThatThrownBy(() -> connections.send(message("client@example.com")))
                .isInstanceOf(MailSendException.class)
                .hasMessageContaining("Could not connect");
    }

    private SmtpConnections connections(Duration idleTimeout) {
        return new SmtpConnections(mailSender, new MailProperties("bookings@clinic-network.example", idleTimeout),
                Clock.systemUTC());
    }

    private MimeMessage message(String recipient) {
        try {
            MimeMessage message = mailSender.createMimeMessage();
            message.setFrom("bookings@clinic-network.example");
            message.setRecipients(MimeMessage.RecipientType.TO, recipient);
            message.setSubject("Your appointment");
            message.setText("See you on Monday.");
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> recipients() throws MessagingException {
        List<String> recipients = new java.util.ArrayList<>();
        for (MimeMessage received : smtpServer.getReceivedMessages()) {
            recipients.add(received.getRecipients(MimeMessage.RecipientType.TO)[0].toString());
        }
        return recipients;
    }

    /** Jakarta Mail takes a socket factory instance from the session's properties; this one counts what it opens. */
    static final class CountingSocketFactory extends SocketFactory {

        private final AtomicInteger opened = new AtomicInteger();

        @Override
        public Socket createSocket() {
            opened.incrementAndGet();
            return new Socket();
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            opened.incrementAndGet();
            return new Socket(host, port);
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            opened.incrementAndGet();
            return new Socket(host, port, localHost, localPort);
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            opened.incrementAndGet();
            return new Socket(host, port);
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
            opened.incrementAndGet();
            return new Socket(address, port, localAddress, localPort);
        }
    }
}
