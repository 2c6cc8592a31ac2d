package com.clinicnetwork.messaging.outbox;

import com.clinicnetwork.messaging.AfterCommit;
import com.clinicnetwork.messaging.tracing.TraceParents;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Appends events to the outbox inside the caller's transaction, so they are published if and only if it commits. */
public class OutboxWriter {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final OutboxSignal signal;
    private final TraceParents traceParents;

    public OutboxWriter(JdbcClient jdbc, JsonMapper json, OutboxSignal signal, TraceParents traceParents) {
        this.jdbc = jdbc;
        this.json = json;
        this.signal = signal;
        this.traceParents = traceParents;
    }

    /**
     * Also stores the trace context of the caller, so the published record continues the trace of the
     * request or event that caused it.
     *
     * @return the event id, also its CloudEvents {@code id}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID append(OutgoingEvent event) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO outbox_event (id, topic, message_key, event_type, subject, schema_version, payload, trace_parent)
                        VALUES (:id, :topic, :key, :type, :subject, :schemaVersion, :payload, :traceParent)
                        """)
                .param("id", id)
                .param("topic", event.topic())
                .param("key", event.key())
                .param("type", event.type())
                .param("subject", event.subject())
                .param("schemaVersion", event.schemaVersion())
                .param("payload", json.writeValueAsString(event.payload()))
                .param("traceParent", traceParents.current())
                .update();
        AfterCommit.run(signal::signal);
        return id;
    }
}
