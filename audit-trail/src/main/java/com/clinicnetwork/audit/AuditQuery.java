package com.clinicnetwork.audit;

import java.time.Instant;

/** Filters of an audit-trail search; null means "any". {@code page} counts from 0. */
public record AuditQuery(String recordType, String recordId, String subject, Instant from, Instant to, int page, int size) {
}
