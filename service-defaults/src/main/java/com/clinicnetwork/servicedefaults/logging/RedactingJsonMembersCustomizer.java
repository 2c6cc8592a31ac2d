package com.clinicnetwork.servicedefaults.logging;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Redacts every string member of a structured (JSON) log line, the message and the exception's message and
 * stack trace included. Registered for every application with this jar through {@code META-INF/spring.factories}.
 */
public class RedactingJsonMembersCustomizer implements StructuredLoggingJsonMembersCustomizer<Object> {

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, LogRedactor::redact));
    }
}
