package com.clinicnetwork.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * A real SMTP server (GreenMail) that accepts every message for any address, plus a small inbox web
 * page and JSON list to look at what the platform sent. Development only: mail is kept in memory.
 */
public final class MailServer implements AutoCloseable {

    private final GreenMail smtp;
    private final HttpServer inbox;

    private MailServer(GreenMail smtp, HttpServer inbox) {
        this.smtp = smtp;
        this.inbox = inbox;
    }

    static MailServer start(int smtpPort, int inboxPort) {
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            HttpServer inbox = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), inboxPort), 0);
            MailServer server = new MailServer(smtp, inbox);
            inbox.createContext("/messages", server::serveJson);
            inbox.createContext("/", server::serveHtml);
            inbox.setExecutor(Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "mail-inbox");
                thread.setDaemon(true);
                return thread;
            }));
            inbox.start();
            return server;
        } catch (IOException e) {
            smtp.stop();
            throw new UncheckedIOException("Mail inbox page could not bind port " + inboxPort, e);
        }
    }

    /** Every message received since start, oldest first. */
    public List<ReceivedMail> messages() {
        return Arrays.stream(smtp.getReceivedMessages()).map(MailServer::describe).toList();
    }

    /** The first recipient of every message received so far, oldest first; cheap enough to poll. */
    public List<String> receivedRecipients() {
        return Arrays.stream(smtp.getReceivedMessages()).map(MailServer::firstRecipient).toList();
    }

    private static String firstRecipient(MimeMessage message) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients == null || recipients.length == 0 ? "" : recipients[0].toString();
        } catch (MessagingException e) {
            return "";
        }
    }

    private static ReceivedMail describe(MimeMessage message) {
        try {
            String to = Arrays.stream(message.getAllRecipients()).map(Address::toString).collect(Collectors.joining(", "));
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            return new ReceivedMail(to, message.getSubject(), message.getReceivedDate() != null
                    ? message.getReceivedDate().toInstant().toString() : "", raw.toString(StandardCharsets.UTF_8));
        } catch (MessagingException | IOException e) {
            return new ReceivedMail("?", "(unreadable message: " + e.getMessage() + ")", "", "");
        }
    }

    private void serveJson(HttpExchange exchange) throws IOException {
        StringBuilder json = new StringBuilder("[");
        List<ReceivedMail> messages = messages();
        for (int i = 0; i < messages.size(); i++) {
            ReceivedMail mail = messages.get(i);
            json.append(i == 0 ? "" : ",").append("{\"to\":").append(quote(mail.to()))
                    .append(",\"subject\":").append(quote(mail.subject()))
                    .append(",\"receivedAt\":").append(quote(mail.receivedAt()))
                    .append(",\"raw\":").append(quote(mail.raw())).append('}');
        }
        respond(exchange, "application/json", json.append(']').toString());
    }

    private void serveHtml(HttpExchange exchange) throws IOException {
        StringBuilder html = new StringBuilder("""
                <!doctype html><html><head><meta charset="utf-8"><title>Local mail inbox</title>
                <style>body{font-family:sans-serif;margin:2em}pre{background:#f4f4f4;padding:1em;white-space:pre-wrap}</style>
                </head><body><h1>Local mail inbox</h1>
                <p>Everything the platform sent over SMTP since the launcher started (development only). JSON: <a href="/messages">/messages</a></p>
                """);
        List<ReceivedMail> messages = messages();
        if (messages.isEmpty()) {
            html.append("<p>No mail yet.</p>");
        }
        for (int i = messages.size() - 1; i >= 0; i--) {
            ReceivedMail mail = messages.get(i);
            html.append("<details><summary>").append(escape(mail.receivedAt())).append(" — <b>").append(escape(mail.subject()))
                    .append("</b> to ").append(escape(mail.to())).append("</summary><pre>").append(escape(mail.raw()))
                    .append("</pre></details>");
        }
        respond(exchange, "text/html; charset=utf-8", html.append("</body></html>").toString());
    }

    private static void respond(HttpExchange exchange, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    @Override
    public void close() {
        inbox.stop(0);
        smtp.stop();
    }

    /** One received message as the inbox shows it. */
    public record ReceivedMail(String to, String subject, String receivedAt, String raw) {
    }
}
