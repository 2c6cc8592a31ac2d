package com.clinicnetwork.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a controller tells the audit trail about the records it answered with, when the path alone does
 * not say: a list read, or a change that created records without a {@code Location}. The audit filter
 * writes one audit record per id, so "who saw record X" is the same indexed lookup for a list read as
 * for a read of X alone.
 */
public final class AuditedRecords {

    private static final String ATTRIBUTE = AuditedRecords.class.getName() + ".returned";
    private static final Pattern RECORD_TYPE = Pattern.compile(AuditEvent.RECORD_TYPE_FORMAT);
    private static final int MAX_ID_LENGTH = 100;

    private AuditedRecords() {
    }

    /**
     * @param recordType e.g. {@code appointment}, in the format of {@code clinic.audit.records[].record-type}
     * @param ids        the ids of the records of that type in the response (their {@code toString()})
     */
    public static void returned(HttpServletRequest request, String recordType, Collection<?> ids) {
        if (!RECORD_TYPE.matcher(recordType).matches()) {
            throw new IllegalArgumentException("Not a record type: " + recordType);
        }
        Set<AuditedPaths.Match> returned = of(request);
        for (Object id : ids) {
            String value = Objects.requireNonNull(id, "id").toString();
            if (value.isEmpty() || value.length() > MAX_ID_LENGTH) {
                throw new IllegalArgumentException("A record id has 1 to " + MAX_ID_LENGTH + " characters");
            }
            returned.add(new AuditedPaths.Match(recordType, value));
        }
        request.setAttribute(ATTRIBUTE, returned);
    }

    /** The records reported for this request so far, in the order reported, without repeats. */
    static List<AuditedPaths.Match> reported(HttpServletRequest request) {
        return List.copyOf(of(request));
    }

    @SuppressWarnings("unchecked")
    private static Set<AuditedPaths.Match> of(HttpServletRequest request) {
        Object reported = request.getAttribute(ATTRIBUTE);
        return reported instanceof Set<?> set ? (Set<AuditedPaths.Match>) set : new LinkedHashSet<>();
    }
}
