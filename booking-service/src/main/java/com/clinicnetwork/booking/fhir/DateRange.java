package com.clinicnetwork.booking.fhir;

import com.clinicnetwork.servicedefaults.refusal.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The instants a FHIR {@code date} search parameter selects: each value is {@code [prefix]date} and all of them must
 * hold. A value stands for the whole range of its precision (FHIR search, "date"): {@code 2026-03} is March,
 * {@code 2026-03-02T10:15Z} the minute from 10:15. Dates without a time are UTC days; a time must carry its offset.
 * Prefixes: {@code eq} (the default: inside the range), {@code ge}, {@code gt} (after the range), {@code le},
 * {@code lt} (before it); the others FHIR knows ({@code ne}, {@code sa}, {@code eb}, {@code ap}) are refused.
 *
 * @param from   the earliest instant selected, inclusive
 * @param before every selected instant lies before this one
 */
public record DateRange(Optional<Instant> from, Optional<Instant> before) {

    private static final Pattern VALUE = Pattern.compile(
            "(?<prefix>[a-z]{2})?(?<date>\\d{4}(-\\d{2}(-\\d{2})?)?)"
                    + "(?<time>T\\d{2}:\\d{2}(?<seconds>:\\d{2}(?:\\.(?<fraction>\\d{1,9}))?)?(Z|[+\\- ]\\d{2}:\\d{2}))?");

    public static final DateRange UNBOUNDED = new DateRange(Optional.empty(), Optional.empty());

    /**
     * @param parameter the parameter's name, for the refusal
     * @throws InvalidValueException naming the parameter if a value is not a FHIR date or has a prefix not supported here
     */
    public static DateRange parse(String parameter, List<String> values) {
        DateRange range = UNBOUNDED;
        for (String value : values) {
            range = range.and(one(parameter, value));
        }
        return range;
    }

    /** Whether no instant can be selected. */
    public boolean isEmpty() {
        return from.isPresent() && before.isPresent() && !from.get().isBefore(before.get());
    }

    /** Whether both ends are given and at most {@code longest} apart. */
    public boolean isBoundedBy(Duration longest) {
        return from.isPresent() && before.isPresent() && Duration.between(from.get(), before.get()).compareTo(longest) <= 0;
    }

    private DateRange and(DateRange other) {
        return new DateRange(later(from, other.from), earlier(before, other.before));
    }

    private static DateRange one(String parameter, String value) {
        Matcher matcher = VALUE.matcher(value);
        if (!matcher.matches()) {
            throw new InvalidValueException(parameter, "'" + value + "' is not a FHIR date, e.g. ge2026-03-02 or lt2026-03-02T10:00:00Z");
        }
        Instant start;
        Instant end;
        try {
            if (matcher.group("time") == null) {
                String date = matcher.group("date");
                LocalDate first = LocalDate.parse(date.length() == 4 ? date + "-01-01" : date.length() == 7 ? date + "-01" : date);
                LocalDate next = date.length() == 4 ? first.plusYears(1) : date.length() == 7 ? first.plusMonths(1) : first.plusDays(1);
                start = first.atStartOfDay(ZoneOffset.UTC).toInstant();
                end = next.atStartOfDay(ZoneOffset.UTC).toInstant();
            } else {
                if (matcher.group("date").length() != 10) {
                    throw new InvalidValueException(parameter, "'" + value + "' has a time but no full date");
                }
                // A '+' sent unencoded in a query arrives as a space.
                String time = matcher.group("time").replace(' ', '+');
                start = OffsetDateTime.parse(matcher.group("date") + time).toInstant();
                end = start.plus(precision(matcher));
            }
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(parameter, "'" + value + "' is not a valid date or time");
        }
        String prefix = Optional.ofNullable(matcher.group("prefix")).orElse("eq");
        return switch (prefix) {
            case "eq" -> new DateRange(Optional.of(start), Optional.of(end));
            case "ge" -> new DateRange(Optional.of(start), Optional.empty());
            case "gt" -> new DateRange(Optional.of(end), Optional.empty());
            case "le" -> new DateRange(Optional.empty(), Optional.of(end));
            case "lt" -> new DateRange(Optional.empty(), Optional.of(start));
            default -> throw new InvalidValueException(parameter, "the prefix '" + prefix + "' is not supported; use eq, ge, gt, le or lt");
        };
    }

    /** The length of the value's last given unit: a minute, a second, or the fraction's last digit. */
    private static Duration precision(Matcher matcher) {
        if (matcher.group("seconds") == null) {
            return Duration.ofMinutes(1);
        }
        String fraction = matcher.group("fraction");
        return fraction == null ? Duration.ofSeconds(1) : Duration.ofNanos((long) Math.pow(10, 9 - fraction.length()));
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.filter(other -> other.isAfter(a.get())).or(() -> a);
    }

    private static Optional<Instant> earlier(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.filter(other -> other.isBefore(a.get())).or(() -> a);
    }
}
