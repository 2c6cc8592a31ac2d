package com.clinicnetwork.notification.delivery.sms;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.notification.IntegrationTestBase;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The local-mode SMS sink records, in PostgreSQL, what would have been sent, once per notification. */
class DevelopmentSmsSinkIT extends IntegrationTestBase {

    @Test
    void recordsWhatWouldHaveBeenSentInsteadOfSendingIt() {
        DevelopmentSmsSink sink = new DevelopmentSmsSink(jdbc);
        UUID notification = UUID.randomUUID();

        sink.send(notification, "+447700900789", "Reminder: Sports massage, Tue 1 Dec 2026 10:00.");
        sink.send(notification, "+447700900789", "Reminder: Sports massage, Tue 1 Dec 2026 10:00.");

        assertThat(jdbc.sql("SELECT recipient, text FROM development_sms WHERE notification_id = :id")
                .param("id", notification)
                .query((rs, row) -> Map.of("recipient", rs.getString("recipient"), "text", rs.getString("text")))
                .list())
                .containsExactly(Map.of("recipient", "+447700900789", "text", "Reminder: Sports massage, Tue 1 Dec 2026 10:00."));
    }
}
