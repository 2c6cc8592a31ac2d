package com.clinicnetwork.notification.message;

import com.clinicnetwork.notification.directory.DirectoryEntries;
import com.clinicnetwork.notification.directory.Location;
import com.clinicnetwork.notification.directory.Therapist;
import com.clinicnetwork.notification.directory.Treatment;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Renders messages from Mustache templates per message type and locale, found on the class path under
 * {@code messages/<locale>/<template>.<part>.mustache} (parts: {@code subject}, {@code text}, {@code sms}),
 * with the locale's wording and date formats in {@code messages/<locale>/labels.properties}. Times are shown in
 * the location's time zone, because that is where the client has to be; without a known location they are
 * given in UTC, labelled so. A course confirmation lists every session ({@code sessions}, each with its {@code number}
 * and {@code when}; {@code sessionCount}, and the last one's {@code lastDay} and {@code lastTime} for the SMS), the other
 * values being those of its first session. HTML is the text's paragraphs in {@code messages/layout.html.mustache},
 * escaped; a line that is a link on its own becomes one. The aftercare message links to its check-in, a waitlist offer
 * to the offer, a confirmation request to the appointment, all pages of the web app ({@link WebAppLinks}).
 */
@Component
public class MessageRenderer {

    private static final ZoneId FALLBACK_ZONE = ZoneId.of("UTC");
    private static final String BASE = "messages/";
    private static final String SMS_VERIFICATION = "sms-verification";
    /** A line that is nothing but a web address: the links this service puts into messages. */
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final Map<MessageLocale, Mustache.Compiler> compilers = new EnumMap<>(MessageLocale.class);
    private final Map<MessageLocale, Properties> labels = new EnumMap<>(MessageLocale.class);
    private final Map<String, Template> templates = new ConcurrentHashMap<>();
    private final Template htmlLayout;
    private final WebAppLinks links;

    public MessageRenderer(WebAppLinks links) {
        this.links = links;
        for (MessageLocale locale : MessageLocale.values()) {
            // Plain text and SMS are not HTML: escaping there would show "&amp;" to the client.
            compilers.put(locale, Mustache.compiler()
                    .escapeHTML(false)
                    .emptyStringIsFalse(true)
                    .withLoader(name -> new StringReader(read(BASE + locale.tag() + "/" + name + ".mustache"))));
            labels.put(locale, properties(BASE + locale.tag() + "/labels.properties"));
        }
        htmlLayout = Mustache.compiler().escapeHTML(true).compile(read(BASE + "layout.html.mustache"));
        verifyEveryTemplateExists();
    }

    /** @param firstName how the client is greeted; null once they were erased */
    public RenderedEmail email(MessageContent content, MessageLocale locale, String firstName, DirectoryEntries entries,
            Optional<CalendarInvite> invite) {
        Map<String, Object> context = context(content, locale, firstName, entries);
        String template = content.type().template();
        String title = render(locale, template, "subject", context).strip();
        String text = render(locale, template, "text", context);
        return new RenderedEmail(title, text, html(locale, title, text), invite);
    }

    public String sms(MessageContent content, MessageLocale locale, String firstName, DirectoryEntries entries) {
        return render(locale, content.type().template(), "sms", context(content, locale, firstName, entries)).strip();
    }

    /** The SMS that carries the code confirming a client's new number. */
    public String smsVerification(MessageLocale locale, String code, Duration validity) {
        return render(locale, SMS_VERIFICATION, "sms", Map.of("code", code, "minutes", validity.toMinutes())).strip();
    }

    /** How the appointment is called in a calendar: "Knee pain relief massage with Maya Okafor". */
    public String calendarSummary(MessageContent content, MessageLocale locale, DirectoryEntries entries) {
        return render(locale, "calendar", "summary", context(content, locale, null, entries)).strip();
    }

    private Map<String, Object> context(MessageContent content, MessageLocale locale, String firstName, DirectoryEntries entries) {
        Properties words = labels.get(locale);
        ZoneId zone = entries.location().flatMap(MessageRenderer::zoneOf).orElse(FALLBACK_ZONE);
        Map<String, Object> context = new HashMap<>();
        context.put("firstName", firstName == null ? "" : firstName);
        String locationName = entries.location().map(Location::name).orElse(words.getProperty("fallback.location"));
        context.put("treatment", entries.treatment().map(Treatment::name).orElse(words.getProperty("fallback.treatment")));
        context.put("therapist", entries.therapist().map(Therapist::displayName).orElse(words.getProperty("fallback.therapist")));
        context.put("location", locationName);
        context.put("where", entries.location().map(l -> l.name() + ", " + l.address()).orElse(locationName));
        ZonedDateTime starts = content.visit().startsAt().atZone(zone);
        Locale language = locale.locale();
        context.put("when", span(words, language, content.visit().startsAt(), content.visit().endsAt(), zone));
        context.put("day", format(words, language, "format.short-day", starts));
        context.put("time", format(words, language, "format.time", starts));
        Optional<Instant> previousStart = content instanceof RescheduleNotice notice ? notice.previousStartsAt() : Optional.empty();
        context.put("previousWhen", previousStart.map(moment -> moment(words, language, moment, zone)).orElse(""));
        context.put("holdUntil", content instanceof WaitlistOffer offer ? moment(words, language, offer.holdUntil(), zone) : "");
        context.put("lateCancellation", content instanceof CancellationNotice notice && notice.lateCancellation());
        List<CourseConfirmation.Session> sessions = content instanceof CourseConfirmation course ? course.sessions() : List.of();
        List<Map<String, Object>> listed = new ArrayList<>();
        for (CourseConfirmation.Session session : sessions) {
            listed.add(Map.of("number", listed.size() + 1, "when", span(words, language, session.startsAt(), session.endsAt(), zone)));
        }
        context.put("sessions", listed);
        context.put("sessionCount", sessions.size());
        ZonedDateTime lastStarts = sessions.isEmpty() ? starts : sessions.get(sessions.size() - 1).startsAt().atZone(zone);
        context.put("lastDay", format(words, language, "format.short-day", lastStarts));
        context.put("lastTime", format(words, language, "format.time", lastStarts));
        context.put("aftercarePlan", entries.treatment().map(Treatment::aftercarePlan).filter(plan -> !plan.isBlank()).orElse(""));
        String area = entries.treatment().map(Treatment::requiredSpecialty)
                .map(specialty -> words.getProperty("area." + specialty))
                .orElse(words.getProperty("area.default"));
        context.put("treatedArea", area);
        context.put("checkInLink", content instanceof SessionAftercare aftercare ? links.checkIn(aftercare) : "");
        context.put("offerLink", content instanceof WaitlistOffer offer ? links.waitlistOffer(offer) : "");
        context.put("confirmLink", content instanceof ConfirmationRequest request ? links.confirmation(request) : "");
        if (content instanceof CheckInWorseningAlert alert) {
            context.put("clientFirstName", Optional.ofNullable(alert.clientFirstName()).orElse(words.getProperty("fallback.client")));
            context.put("previousScore", alert.previousScore());
            context.put("score", alert.score());
            context.put("nextSession", alert.nextSession().map(moment -> moment(words, language, moment, zone)).orElse(""));
        }
        return context;
    }

    private String render(MessageLocale locale, String template, String part, Map<String, Object> context) {
        return template(locale, template, part).execute(context);
    }

    private Template template(MessageLocale locale, String template, String part) {
        String path = BASE + locale.tag() + "/" + template + "." + part + ".mustache";
        return templates.computeIfAbsent(path, key -> compilers.get(locale).compile(read(key)));
    }

    private String html(MessageLocale locale, String title, String text) {
        List<Map<String, Object>> paragraphs = new ArrayList<>();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            paragraphs.add(Map.of("lines", Arrays.stream(paragraph.split("\\n"))
                    .map(line -> Map.of("text", line, "link", LINK.matcher(line).matches()))
                    .toList()));
        }
        return htmlLayout.execute(Map.of("lang", locale.tag(), "subject", title, "paragraphs", paragraphs));
    }

    private static String format(Properties words, Locale language, String key, ZonedDateTime time) {
        return DateTimeFormatter.ofPattern(words.getProperty(key), language).format(time);
    }

    /** A session's date and times in the location's zone: "Tuesday 1 December 2026, 10:00–11:00 GMT". */
    private static String span(Properties words, Locale language, Instant startsAt, Instant endsAt, ZoneId zone) {
        ZonedDateTime starts = startsAt.atZone(zone);
        ZonedDateTime ends = endsAt.atZone(zone);
        return format(words, language, "format.day", starts) + ", " + format(words, language, "format.time", starts) + "–"
                + format(words, language, "format.time", ends) + " " + format(words, language, "format.zone", starts);
    }

    private static String moment(Properties words, Locale language, Instant instant, ZoneId zone) {
        ZonedDateTime time = instant.atZone(zone);
        return format(words, language, "format.day", time) + ", " + format(words, language, "format.time", time) + " "
                + format(words, language, "format.zone", time);
    }

    private static Optional<ZoneId> zoneOf(Location location) {
        try {
            return Optional.of(ZoneId.of(location.timeZone()));
        } catch (DateTimeException unknownZone) {
            return Optional.empty();
        }
    }

    /** Fails at start-up rather than at the first message if a template of a type or locale is missing. */
    private void verifyEveryTemplateExists() {
        for (MessageLocale locale : MessageLocale.values()) {
            template(locale, "calendar", "summary");
            template(locale, SMS_VERIFICATION, "sms");
            for (MessageType type : MessageType.values()) {
                for (String part : List.of("subject", "text", "sms")) {
                    template(locale, type.template(), part);
                }
            }
        }
    }

    private static String read(String path) {
        try (InputStream in = MessageRenderer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing message template " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties properties(String path) {
        try (Reader reader = new StringReader(read(path))) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
