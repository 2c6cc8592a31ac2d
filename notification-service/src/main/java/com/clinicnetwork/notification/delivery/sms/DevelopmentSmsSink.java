package com.clinicnetwork.notification.delivery.sms;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * DEVELOPMENT ONLY: sends nothing. Records each SMS that would have been sent in the {@code development_sms}
 * table, so a developer can see it, and says so in the log. Active while {@code clinic.sms.mode=development}.
 */
class DevelopmentSmsSink implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(DevelopmentSmsSink.class);

    private final JdbcClient jdbc;

    DevelopmentSmsSink(JdbcClient jdbc) {
        this.jdbc = jdbc;
        log.warn("SMS DEVELOPMENT SINK active: no SMS leaves this service; they are recorded in table development_sms. "
                + "Set CLINIC_SMS_MODE=http with a provider for real delivery.");
    }

    @Override
    public void send(UUID reference, String to, String text) {
        jdbc.sql("""
                        INSERT INTO development_sms (notification_id, recipient, text) VALUES (:id, :to, :text)
                        ON CONFLICT (notification_id) DO NOTHING
                        """)
                .param("id", reference)
                .param("to", to)
                .param("text", text)
                .update();
        log.info("SMS DEVELOPMENT SINK: notification {} recorded, not sent", reference);
    }
}
