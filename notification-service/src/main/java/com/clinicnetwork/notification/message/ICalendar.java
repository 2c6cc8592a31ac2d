package com.clinicnetwork.notification.message;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes the iCalendar (RFC 5545) objects of appointments. An iTIP (RFC 5546) REQUEST or CANCEL is about one
 * appointment: one VEVENT whose UID is the appointment id, so calendar apps update or remove the same entry on a
 * reschedule or cancellation, and whose SEQUENCE is the appointment version, so a newer message wins. A course's
 * sessions go out as a plain calendar file to import instead (no METHOD): a scheduling message is about one event, while
 * here every session is a VEVENT with its own UID, so that a later message about one session updates exactly its entry.
 * Times are UTC (Z), which every client converts to its own zone.
 */
public final class ICalendar {

    public static final String REQUEST = "REQUEST";
    public static final String CANCEL = "CANCEL";

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_LINE_OCTETS = 75;

    /** An appointment at one of its versions, as a calendar entry. */
    public record Event(UUID appointmentId, long version, Instant startsAt, Instant endsAt) {
    }

    /**
     * What the entries say and whom they are between; every entry of one object says the same.
     *
     * @param organizer the clinic's booking address (iTIP requires an organizer)
     */
    public record Parties(String summary, String location, String organizerName, String organizer, String attendeeName,
            String attendee) {
    }

    private ICalendar() {
    }

    /** An iTIP message ({@link #REQUEST} or {@link #CANCEL}) about one appointment. */
    public static CalendarInvite event(String method, Event event, Parties parties, Instant stamp) {
        return calendar(Optional.of(method), List.of(event), parties, stamp);
    }

    /** A calendar file to import with one confirmed entry per event, e.g. every session of a course. */
    public static CalendarInvite events(List<Event> events, Parties parties, Instant stamp) {
        return calendar(Optional.empty(), events, parties, stamp);
    }

    private static CalendarInvite calendar(Optional<String> method, List<Event> events, Parties parties, Instant stamp) {
        boolean cancelled = method.filter(CANCEL::equals).isPresent();
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Clinic Network//Notification Service//EN");
        lines.add("CALSCALE:GREGORIAN");
        method.ifPresent(name -> lines.add("METHOD:" + name));
        for (Event event : events) {
            lines.add("BEGIN:VEVENT");
            lines.add("UID:" + event.appointmentId() + "@clinic-network.example");
            lines.add("DTSTAMP:" + UTC.format(stamp));
            lines.add("SEQUENCE:" + event.version());
            lines.add("DTSTART:" + UTC.format(event.startsAt()));
            lines.add("DTEND:" + UTC.format(event.endsAt()));
            lines.add("SUMMARY:" + text(parties.summary()));
            lines.add("LOCATION:" + text(parties.location()));
            lines.add("ORGANIZER;CN=" + parameter(parties.organizerName()) + ":mailto:" + parties.organizer());
            lines.add("ATTENDEE;CN=" + parameter(parties.attendeeName()) + ";ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:"
                    + parties.attendee());
            lines.add("STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
            lines.add("TRANSP:OPAQUE");
            lines.add("END:VEVENT");
        }
        lines.add("END:VCALENDAR");
        StringBuilder ics = new StringBuilder();
        lines.forEach(line -> ics.append(fold(line)).append("\r\n"));
        return new CalendarInvite(method, ics.toString());
    }

    /** TEXT value escaping (RFC 5545 §3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A parameter value, always quoted; DQUOTE and control characters cannot be represented and are dropped. */
    static String parameter(String value) {
        return "\"" + value.replaceAll("[\"\\p{Cntrl}]", "") + "\"";
    }

    /** Folds a content line after 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_LINE_OCTETS) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}
