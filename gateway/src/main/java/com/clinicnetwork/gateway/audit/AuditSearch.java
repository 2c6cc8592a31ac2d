package com.clinicnetwork.gateway.audit;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The filters of a merged audit search, checked here as each service checks them, so that a malformed
 * request is a 400 from the gateway and never reaches a service.
 *
 * @param page counts from 0; {@code (page + 1) * size} newest records of every service are read to merge it
 */
record AuditSearch(String recordType, String recordId, String subject, OffsetDateTime from, OffsetDateTime to, int page,
        int size) {

    /** The deepest record a merged page may reach: beyond it, narrow the search with from and to. */
    static final int MAX_WINDOW = 10_000;
    /** The page size every service allows at most. */
    static final int SERVICE_PAGE = 200;

    private static final Pattern RECORD_TYPE = Pattern.compile("[a-z][a-z0-9-]{0,49}");

    static AuditSearch of(Map<String, String> query) {
        String recordType = query.get("recordType");
        if (recordType != null && !RECORD_TYPE.matcher(recordType).matches()) {
            throw AuditFanOutException.invalid("recordType", "must be a record type such as client or appointment");
        }
        String recordId = text(query, "recordId", 100);
        String subject = text(query, "subject", 255);
        OffsetDateTime from = time(query, "from");
        OffsetDateTime to = time(query, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw AuditFanOutException.invalid("from", "must not be after to");
        }
        int page = number(query, "page", 0, 0, MAX_WINDOW);
        int size = number(query, "size", 50, 1, SERVICE_PAGE);
        if ((long) (page + 1) * size > MAX_WINDOW) {
            throw AuditFanOutException.invalid("page", "reaches beyond the newest " + MAX_WINDOW + " records: narrow with from and to");
        }
        return new AuditSearch(recordType, recordId, subject, from, to, page, size);
    }

    /** How many of the newest records of each service the merged page needs. */
    int window() {
        return (page + 1) * size;
    }

    /** The filters as a service takes them, without paging. */
    Map<String, String> filters() {
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, "recordType", recordType);
        put(filters, "recordId", recordId);
        put(filters, "subject", subject);
        put(filters, "from", from == null ? null : from.toString());
        put(filters, "to", to == null ? null : to.toString());
        return filters;
    }

    private static void put(Map<String, String> filters, String name, String value) {
        if (value != null) {
            filters.put(name, value);
        }
    }

    private static String text(Map<String, String> query, String name, int maxLength) {
        String value = query.get(name);
        if (value != null && (value.isEmpty() || value.length() > maxLength)) {
            throw AuditFanOutException.invalid(name, "must have 1 to " + maxLength + " characters");
        }
        return value;
    }

    private static OffsetDateTime time(Map<String, String> query, String name) {
        String value = query.get(name);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw AuditFanOutException.invalid(name, "must be an ISO-8601 time with offset, e.g. 2026-03-01T09:00:00Z");
        }
    }

    private static int number(Map<String, String> query, String name, int otherwise, int min, int max) {
        String value = query.get(name);
        if (value == null) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below like an out-of-range number
        }
        throw AuditFanOutException.invalid(name, "must be a whole number from " + min + " to " + max);
    }
}
