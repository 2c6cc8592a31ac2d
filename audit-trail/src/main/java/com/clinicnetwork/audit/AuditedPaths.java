package com.clinicnetwork.audit;

import java.util.List;
import java.util.Optional;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** Decides whether a request path is an audited record, which type, and which id. */
public class AuditedPaths {

    /** The record a path addresses; {@code recordId} is null when the pattern has no {@code {id}}. */
    public record Match(String recordType, String recordId) {
    }

    private record Entry(PathPattern pattern, String recordType) {
    }

    private static final String ID_VARIABLE = "id";

    private final List<Entry> entries;

    public AuditedPaths(List<AuditProperties.AuditedRecord> records) {
        PathPatternParser parser = new PathPatternParser();
        this.entries = records.stream().map(record -> {
            try {
                return new Entry(parser.parse(record.pattern()), record.recordType());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("clinic.audit.records: invalid path pattern " + record.pattern(), e);
            }
        }).toList();
    }

    public Optional<Match> match(String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (Entry entry : entries) {
            PathPattern.PathMatchInfo info = entry.pattern().matchAndExtract(container);
            if (info != null) {
                return Optional.of(new Match(entry.recordType(), info.getUriVariables().get(ID_VARIABLE)));
            }
        }
        return Optional.empty();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
