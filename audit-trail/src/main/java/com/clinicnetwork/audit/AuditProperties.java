package com.clinicnetwork.audit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which requests are audited.
 *
 * @param enabled whether this service records an audit trail at all
 * @param records path patterns of audited records, first match wins, e.g.
 *                {@code pattern: /api/v1/clients/{id}/**}, {@code record-type: client}; the {@code {id}}
 *                variable, if the pattern has one, is the record id
 * @param retryAfter when a caller refused for want of an audit record may try again ({@code Retry-After})
 */
@Validated
@ConfigurationProperties("clinic.audit")
public record AuditProperties(@DefaultValue("true") boolean enabled, @DefaultValue @NotNull List<@Valid AuditedRecord> records,
        @DefaultValue("5s") @NotNull Duration retryAfter) {

    /**
     * @param pattern    a Spring path pattern such as {@code /api/v1/appointments/{id}/**}
     * @param recordType what the matching requests read or change, e.g. {@code appointment}
     */
    public record AuditedRecord(
            @NotBlank String pattern,
            @NotBlank @Pattern(regexp = AuditEvent.RECORD_TYPE_FORMAT) String recordType) {
    }
}
