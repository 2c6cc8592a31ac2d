package com.clinicnetwork.notification.email;

import com.clinicnetwork.notification.directory.DirectoryCopy.Location;
import com.clinicnetwork.notification.directory.DirectoryCopy.Therapist;
import com.clinicnetwork.notification.directory.DirectoryCopy.Treatment;
import com.clinicnetwork.notification.notification.Notification;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;

/**
 * The booking confirmation. Times are shown in the location's time zone, because that is where the
 * client has to be. When the directory copy lacks an entry (its event has not arrived yet) the message
 * still goes out, with neutral wording instead of the missing name and the time in UTC, labelled so.
 */
public final class ConfirmationEmail {

    // Messages are English for now; per-locale templates come with the template engine (issue 5).
    private static final Locale LANGUAGE = Locale.UK;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", LANGUAGE);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", LANGUAGE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", LANGUAGE);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", LANGUAGE);

    private static final ZoneId FALLBACK_ZONE = ZoneId.of("UTC");

    static final String FALLBACK_TREATMENT = "Your treatment";
    static final String FALLBACK_THERAPIST = "Your therapist";
    static final String FALLBACK_LOCATION = "Our clinic";

    private ConfirmationEmail() {
    }

    public static EmailContent render(Notification notification, Optional<Location> location, Optional<Therapist> therapist,
            Optional<Treatment> treatment) {
        ZoneId zone = location.map(ConfirmationEmail::zoneOf).orElse(FALLBACK_ZONE);
        ZonedDateTime starts = notification.startsAt().atZone(zone);
        ZonedDateTime ends = notification.endsAt().atZone(zone);
        String treatmentName = treatment.map(Treatment::name).orElse(FALLBACK_TREATMENT);
        String therapistName = therapist.map(Therapist::displayName).orElse(FALLBACK_THERAPIST);
        String locationName = location.map(Location::name).orElse(FALLBACK_LOCATION);
        String when = DAY.format(starts) + ", " + TIME.format(starts) + "–" + TIME.format(ends) + " " + ZONE.format(starts);

        Map<String, String> details = new LinkedHashMap<>();
        details.put("What", treatmentName);
        details.put("With", therapistName);
        details.put("When", when);
        details.put("Where", location.map(l -> l.name() + ", " + l.address()).orElse(locationName));

        String subject = "Booking confirmed: " + treatmentName + " on " + SHORT_DAY.format(starts) + " at " + TIME.format(starts);
        String greeting = "Hello " + notification.recipientName() + ",";
        String intro = "your appointment is confirmed. We look forward to seeing you.";
        String outro = "If you need to reschedule or cancel, you can do so in the app or on our website.";

        String text = greeting + "\n\n" + intro + "\n\n"
                + details.entrySet().stream()
                        .map(detail -> String.format("%-6s %s", detail.getKey() + ":", detail.getValue()))
                        .collect(Collectors.joining("\n"))
                + "\n\n" + outro + "\n\n" + locationName + "\n";

        String html = "<!DOCTYPE html><html><body>"
                + "<p>" + escape(greeting) + "</p>"
                + "<p>" + escape(intro) + "</p>"
                + "<table>"
                + details.entrySet().stream()
                        .map(detail -> "<tr><th align=\"left\">" + escape(detail.getKey()) + "</th><td>" + escape(detail.getValue()) + "</td></tr>")
                        .collect(Collectors.joining())
                + "</table>"
                + "<p>" + escape(outro) + "</p>"
                + "<p>" + escape(locationName) + "</p>"
                + "</body></html>";
        return new EmailContent(subject, text, html);
    }

    private static ZoneId zoneOf(Location location) {
        try {
            return ZoneId.of(location.timeZone());
        } catch (DateTimeException unknownZone) {
            return FALLBACK_ZONE;
        }
    }

    private static String escape(String value) {
        return HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
