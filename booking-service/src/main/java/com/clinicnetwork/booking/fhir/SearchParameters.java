package com.clinicnetwork.booking.fhir;

import com.clinicnetwork.servicedefaults.refusal.InvalidValueException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The query of a FHIR search, checked: a parameter this server does not support is refused rather than ignored (FHIR
 * lets a server choose), so a misspelt {@code practitioner} never widens a search to every appointment. Every refusal
 * names the parameter.
 */
public final class SearchParameters {

    static final String ID = "_id";
    static final String COUNT = "_count";
    static final String OFFSET = "_offset";
    static final String FORMAT = "_format";

    /** Parameters of every search: paging, and the format (only JSON is served). */
    private static final Set<String> ALWAYS = Set.of(COUNT, OFFSET, FORMAT);
    private static final Set<String> JSON_FORMATS = Set.of("json", "application/json", FhirJson.MEDIA_TYPE);
    /** Deep enough for any real paging; bounds the database's work for a far page. */
    static final long MAX_OFFSET = 100_000;

    private final Map<String, List<String>> values;

    private SearchParameters(Map<String, List<String>> values) {
        this.values = values;
    }

    /**
     * @param query     the request's parameters, as the servlet API hands them over
     * @param supported the search parameters of the resource type, besides paging and {@code _format}
     * @throws InvalidValueException naming the first parameter that is not supported or has a format other than JSON
     */
    public static SearchParameters of(Map<String, String[]> query, Set<String> supported) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        query.forEach((name, given) -> {
            if (!supported.contains(name) && !ALWAYS.contains(name)) {
                throw new InvalidValueException(name, "is not a search parameter of this resource type here; supported: "
                        + supported.stream().sorted().collect(Collectors.joining(", ")));
            }
            values.put(name, List.of(given));
        });
        for (String format : values.getOrDefault(FORMAT, List.of())) {
            if (!JSON_FORMATS.contains(format)) {
                throw new InvalidValueException(FORMAT, "only JSON (" + FhirJson.MEDIA_TYPE + ") is served");
            }
        }
        return new SearchParameters(values);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** @throws InvalidValueException if the parameter is given more than once or empty */
    public Optional<String> single(String name) {
        List<String> given = values.getOrDefault(name, List.of());
        if (given.size() > 1) {
            throw new InvalidValueException(name, "may be given once");
        }
        if (given.size() == 1 && given.get(0).isBlank()) {
            throw new InvalidValueException(name, "must not be empty");
        }
        return given.stream().findFirst();
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /**
     * The id in a reference parameter: {@code Type/<id>} or the bare id.
     *
     * @throws InvalidValueException if it names another type or an id that is not one of this server's
     */
    public Optional<UUID> reference(String name, String type) {
        return single(name).map(value -> referencedId(name, type, value));
    }

    static UUID referencedId(String name, String type, String value) {
        String id = value.startsWith(type + "/") ? value.substring(type.length() + 1) : value;
        try {
            if (id.length() == 36) {
                return UUID.fromString(id);
            }
        } catch (IllegalArgumentException notAnId) {
            // refused below
        }
        throw new InvalidValueException(name, "must reference a " + type + " by its id, e.g. " + type + "/" + UUID.randomUUID());
    }

    /** A token's values, comma-separated alternatives across one parameter, each without its system. */
    public List<String> tokens(String name, String system) {
        List<String> codes = new ArrayList<>();
        for (String alternative : single(name).map(value -> value.split(",", -1)).orElse(new String[0])) {
            int bar = alternative.indexOf('|');
            if (bar >= 0 && !alternative.substring(0, bar).isEmpty() && !alternative.substring(0, bar).equals(system)) {
                throw new InvalidValueException(name, "codes here are of the system " + system);
            }
            String code = bar >= 0 ? alternative.substring(bar + 1) : alternative;
            if (code.isBlank()) {
                throw new InvalidValueException(name, "must name a code");
            }
            codes.add(code);
        }
        return codes;
    }

    public DateRange dates(String name) {
        return DateRange.parse(name, all(name));
    }

    /** Entries per page: the default if not given, at most the maximum (a larger {@code _count} is served as the maximum). */
    public int count(FhirProperties properties) {
        return single(COUNT).map(value -> Math.min(number(COUNT, value, Integer.MAX_VALUE), properties.maxCount()))
                .map(Long::intValue)
                .orElse(properties.defaultCount());
    }

    public long offset() {
        return single(OFFSET).map(value -> number(OFFSET, value, MAX_OFFSET)).orElse(0L);
    }

    private static long number(String name, String value, long maximum) {
        try {
            long number = Long.parseLong(value);
            if (number >= 0 && number <= maximum) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw new InvalidValueException(name, "must be a whole number from 0 to " + maximum);
    }

    /** The search again, without paging, encoded for a link: paging links add their own {@code _count} and {@code _offset}. */
    String criteria() {
        return values.entrySet().stream()
                .filter(entry -> !entry.getKey().equals(COUNT) && !entry.getKey().equals(OFFSET))
                .flatMap(entry -> entry.getValue().stream().map(value -> encode(entry.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
