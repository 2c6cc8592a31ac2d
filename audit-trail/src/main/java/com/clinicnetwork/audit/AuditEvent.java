package com.clinicnetwork.audit;

import java.time.Instant;

/**
 * One read or change of an audited record. Stored with a hash that chains it to the record before it
 * (see {@link AuditChain}); the chain is not part of this view.
 *
 * @param subject   the token subject of the caller
 * @param roles     the caller's platform roles, comma-separated
 * @param recordId  the record's id; null when the request named none and the controller reported none,
 *                  e.g. an empty list read (a list read has one event per record it returned)
 * @param clientIp  where the request came from, as the gateway saw it
 * @param status    the HTTP status the caller got: the outcome
 * @param requestId the gateway's request id, to find the request in the services' logs
 */
public record AuditEvent(Long id, Instant occurredAt, String subject, String roles, String method, String path,
        String recordType, String recordId, String clientIp, int status, String requestId) {

    public static final String RECORD_TYPE_FORMAT = "[a-z][a-z0-9-]{0,49}";
}
