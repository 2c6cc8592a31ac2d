package com.clinicnetwork.web.layout;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as templates show them ({@code ${@formats.dateTime(appointment.startsAt, zone)}}): always in the
 * location's time zone, which is where the session happens, whatever zone the browser or server is in, and
 * formatted for the page's language.
 */
@Component("formats")
public class Formats {

    public String dateTime(OffsetDateTime instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale())
                .format(in(instant, zone));
    }

    public String date(OffsetDateTime instant, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale()).format(in(instant, zone));
    }

    public String shortDate(OffsetDateTime instant, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(in(instant, zone));
    }

    public String day(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale()).format(date);
    }

    public String time(OffsetDateTime instant, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale()).format(in(instant, zone));
    }

    /** The zone's name in the page's language, e.g. "British Time" / "Britische Zeit", to say which clock is meant. */
    public String zoneName(ZoneId zone) {
        return zone == null ? "" : zone.getDisplayName(TextStyle.FULL, locale());
    }

    /** For {@code <time datetime>}: the instant with the location's offset, machine-readable. */
    public String iso(OffsetDateTime instant, ZoneId zone) {
        return instant == null ? "" : in(instant, zone).toOffsetDateTime().toString();
    }

    private static ZonedDateTime in(OffsetDateTime instant, ZoneId zone) {
        return zone == null ? instant.toZonedDateTime() : instant.atZoneSameInstant(zone);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
