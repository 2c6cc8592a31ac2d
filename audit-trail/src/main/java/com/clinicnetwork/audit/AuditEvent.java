package com.clinicnetwork.audit;

import java.time.Instant;

/**
 * One read or change of an audited record.
 *
 * @param subject   the token subject of the caller
 * @param roles     the caller's platform roles, comma-separated
 * @param recordId  the record's id, or null for a list read or a create whose result has no location
 * @param clientIp  where the request came from, as the gateway saw it
 * @param status    the HTTP status the caller got: the outcome
 * @param requestId the gateway's request id, to find the request in the services' logs
 */
public record AuditEvent(Long id, Instant occurredAt, String subject, String roles, String method, String path,
        String recordType, String recordId, String clientIp, int status, String requestId) {

    public static final String RECORD_TYPE_FORMAT = "[a-z][a-z0-9-]{0,49}";
}
