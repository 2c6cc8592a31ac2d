package com.clinicnetwork.audit;

import java.util.List;

/** One page of audit events, newest first; {@code page} counts from 0. */
public record AuditEventPage(List<AuditEvent> items, int page, int size, long totalItems) {
}
