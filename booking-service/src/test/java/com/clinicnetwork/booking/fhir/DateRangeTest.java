package com.clinicnetwork.booking.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.servicedefaults.refusal.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    private static DateRange parse(String... values) {
        return DateRange.parse("date", List.of(values));
    }

    @Test
    void aValueStandsForTheWholeRangeOfItsPrecision() {
        assertThat(parse("2026-03-02")).isEqualTo(range("2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z"));
        assertThat(parse("2026-03")).isEqualTo(range("2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z"));
        assertThat(parse("2026")).isEqualTo(range("2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z"));
        assertThat(parse("2026-03-02T10:15+01:00")).isEqualTo(range("2026-03-02T09:15:00Z", "2026-03-02T09:16:00Z"));
        assertThat(parse("eq2026-03-02T10:15:30Z")).isEqualTo(range("2026-03-02T10:15:30Z", "2026-03-02T10:15:31Z"));
        assertThat(parse("2026-03-02T10:15:30.25Z")).isEqualTo(range("2026-03-02T10:15:30.25Z", "2026-03-02T10:15:30.26Z"));
    }

    @Test
    void prefixesBoundTheSearchFromTheRangesStartOrEnd() {
        assertThat(parse("ge2026-03-02")).isEqualTo(new DateRange(at("2026-03-02T00:00:00Z"), Optional.empty()));
        assertThat(parse("gt2026-03-02")).isEqualTo(new DateRange(at("2026-03-03T00:00:00Z"), Optional.empty()));
        assertThat(parse("le2026-03-02")).isEqualTo(new DateRange(Optional.empty(), at("2026-03-03T00:00:00Z")));
        assertThat(parse("lt2026-03-02")).isEqualTo(new DateRange(Optional.empty(), at("2026-03-02T00:00:00Z")));
    }

    @Test
    void allValuesMustHoldAndMayLeaveNothing() {
        DateRange week = parse("ge2026-03-02", "lt2026-03-09", "ge2026-03-01");
        assertThat(week).isEqualTo(range("2026-03-02T00:00:00Z", "2026-03-09T00:00:00Z"));
        assertThat(week.isBoundedBy(Duration.ofDays(7))).isTrue();
        assertThat(week.isBoundedBy(Duration.ofDays(6))).isFalse();
        assertThat(parse("ge2026-03-02").isBoundedBy(Duration.ofDays(365))).isFalse();
        assertThat(parse("ge2026-03-09", "lt2026-03-02").isEmpty()).isTrue();
    }

    @Test
    void anOffsetWhosePlusArrivedAsASpaceIsRead() {
        assertThat(parse("ge2026-03-02T10:00:00 01:00")).isEqualTo(new DateRange(at("2026-03-02T09:00:00Z"), Optional.empty()));
    }

    @Test
    void unsupportedPrefixesAndMalformedValuesAreRefusedNamingTheParameter() {
        for (String wrong : List.of("ne2026-03-02", "sa2026-03-02", "xx2026-03-02", "2026-3-2", "2026-03-02T10:00",
                "2026-03T10:00Z", "2026-02-30", "tomorrow")) {
            assertThatThrownBy(() -> parse(wrong)).as(wrong)
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("date"));
        }
    }

    private static DateRange range(String from, String before) {
        return new DateRange(at(from), at(before));
    }

    private static Optional<Instant> at(String instant) {
        return Optional.of(Instant.parse(instant));
    }
}
