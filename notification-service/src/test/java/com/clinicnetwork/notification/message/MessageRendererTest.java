package com.clinicnetwork.notification.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.notification.directory.DirectoryEntries;
import com.clinicnetwork.notification.directory.Location;
import com.clinicnetwork.notification.directory.Therapist;
import com.clinicnetwork.notification.directory.Treatment;
import com.clinicnetwork.servicedefaults.links.CheckInLinks;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MessageRendererTest {

    private static final String SECRET = "notification-service-tests-check-in-link-secret";
    /** What booking-service verifies a link with: the same secret. */
    private static final CheckInLinks BOOKING_SERVICE = new CheckInLinks(SECRET);
    private static final MessageRenderer RENDERER = new MessageRenderer(
            new WebAppLinks(new WebAppProperties(URI.create("https://app.clinic.example/")), new CheckInLinks(SECRET)));
    private static final Pattern CHECK_IN_LINK = Pattern.compile("https://app\\.clinic\\.example/check-in/([A-Za-z0-9_.-]+)");

    private static final Location MANCHESTER = new Location(UUID.randomUUID(), 1, "Manchester Riverside",
            "12 Riverside Walk, Manchester M3 4JR", "Europe/London");
    private static final Location BERLIN = new Location(UUID.randomUUID(), 1, "Berlin Mitte",
            "Torstraße 1, 10119 Berlin", "Europe/Berlin");
    private static final Therapist MAYA = new Therapist(UUID.randomUUID(), 1, "Maya Okafor", "maya.okafor@clinic.example");
    private static final Treatment KNEE = new Treatment(UUID.randomUUID(), 1, "Knee pain relief massage",
            "Twice a day: 10 quad sets. Ice 15 min if swollen.", "KNEE_REHABILITATION");
    private static final Treatment SPORTS = new Treatment(UUID.randomUUID(), 1, "Sports massage", null, "SPORTS_MASSAGE");
    private static final DirectoryEntries KNOWN = entries(MANCHESTER, MAYA, KNEE);

    @Test
    void theConfirmationGreetsTheClientAndNamesTreatmentTherapistAndPlace() {
        RenderedEmail email = email(message(MessageType.CONFIRMATION, "2026-12-01T10:00:00Z", "en-GB"), KNOWN);

        assertThat(email.subject()).isEqualTo("Booking confirmed: Knee pain relief massage on Tue 1 Dec 2026 at 10:00");
        assertThat(email.text())
                .startsWith("Hello Sam,")
                .contains("What:  Knee pain relief massage\n")
                .contains("With:  Maya Okafor\n")
                .contains("When:  Tuesday 1 December 2026, 10:00–11:00 GMT\n")
                .contains("Where: Manchester Riverside, 12 Riverside Walk, Manchester M3 4JR\n")
                .doesNotContain("\n\n\n");
        assertThat(email.html())
                .contains("<html lang=\"en-GB\">")
                .contains("<p>Hello Sam,</p>")
                .contains("With:  Maya Okafor<br>")
                .contains("Tuesday 1 December 2026, 10:00–11:00 GMT");
    }

    @Test
    void germanClientsGetGermanMessagesWithGermanDates() {
        RenderedEmail email = email(message(MessageType.CONFIRMATION, "2026-12-01T10:00:00Z", "de-DE"), entries(BERLIN, MAYA, KNEE));

        assertThat(email.subject()).isEqualTo("Termin bestätigt: Knee pain relief massage am Di., 1. Dez. 2026 um 11:00");
        assertThat(email.text())
                .startsWith("Hallo Sam,")
                .contains("Wann: Dienstag, 1. Dezember 2026, 11:00–12:00 MEZ")
                .contains("Wo:   Berlin Mitte, Torstraße 1, 10119 Berlin");
        assertThat(email.html()).contains("<html lang=\"de-DE\">");
    }

    @Test
    void anUnsupportedLocaleFallsBackToEnglishAndAnotherGermanVariantToGerman() {
        assertThat(email(message(MessageType.REMINDER, "2026-12-01T10:00:00Z", "fr-FR"), KNOWN).subject()).startsWith("Reminder:");
        assertThat(email(message(MessageType.REMINDER, "2026-12-01T10:00:00Z", "de-AT"), KNOWN).subject()).startsWith("Erinnerung:");
        assertThat(email(message(MessageType.REMINDER, "2026-12-01T10:00:00Z", null), KNOWN).subject()).startsWith("Reminder:");
    }

    @Test
    void showsTheTimeInTheLocationsZoneIncludingSummerTimeAndAcrossMidnight() {
        assertThat(email(message(MessageType.CONFIRMATION, "2026-07-01T09:00:00Z", "en-GB"), KNOWN).text())
                .contains("When:  Wednesday 1 July 2026, 10:00–11:00 BST");
        assertThat(email(message(MessageType.CONFIRMATION, "2026-07-01T09:00:00Z", "en-GB"), entries(BERLIN, MAYA, KNEE)).text())
                .contains("When:  Wednesday 1 July 2026, 11:00–12:00 CEST");
        assertThat(email(message(MessageType.CONFIRMATION, "2026-12-01T23:30:00Z", "en-GB"), entries(BERLIN, MAYA, KNEE)).text())
                .contains("When:  Wednesday 2 December 2026, 00:30–01:30 CET");
    }

    @Test
    void stillReadsWellBeforeTheDirectoryEntriesHaveArrived() {
        RenderedEmail email = email(message(MessageType.CONFIRMATION, "2026-12-01T10:00:00Z", "en-GB"), DirectoryEntries.unknown());

        assertThat(email.subject()).isEqualTo("Booking confirmed: Your treatment on Tue 1 Dec 2026 at 10:00");
        assertThat(email.text())
                .contains("What:  Your treatment")
                .contains("With:  Your therapist")
                .contains("When:  Tuesday 1 December 2026, 10:00–11:00 UTC")
                .contains("Where: Our clinic")
                .doesNotContain("null");
        assertThat(email.html()).doesNotContain("null");
    }

    @Test
    void anUnknownTimeZoneFallsBackToLabelledUtc() {
        Location broken = new Location(UUID.randomUUID(), 1, "Somewhere", "1 Main St", "Mars/Olympus_Mons");

        assertThat(email(message(MessageType.CONFIRMATION, "2026-12-01T10:00:00Z", "en-GB"), entries(broken, MAYA, KNEE)).text())
                .contains("10:00–11:00 UTC");
    }

    @Test
    void escapesDirectoryTextInHtmlButNotInPlainText() {
        Therapist tricky = new Therapist(UUID.randomUUID(), 1, "Jo <b>O'Neil</b> & Co", null);

        RenderedEmail email = email(message(MessageType.CONFIRMATION, "2026-12-01T10:00:00Z", "en-GB"), entries(MANCHESTER, tricky, KNEE));

        assertThat(email.html()).contains("Jo &lt;b&gt;O&#39;Neil&lt;/b&gt; &amp; Co").doesNotContain("<b>");
        assertThat(email.text()).contains("With:  Jo <b>O'Neil</b> & Co");
    }

    @Test
    void theRescheduleNoticeNamesTheOldAndTheNewTime() {
        Letter moved = withPrevious(message(MessageType.RESCHEDULE, "2026-12-08T10:00:00Z", "en-GB"), "2026-12-01T10:00:00Z");

        RenderedEmail email = email(moved, KNOWN);

        assertThat(email.subject()).isEqualTo("Appointment moved: Knee pain relief massage now on Tue 8 Dec 2026 at 10:00");
        assertThat(email.text())
                .contains("moved from Tuesday 1 December 2026, 10:00 GMT")
                .contains("When:  Tuesday 8 December 2026, 10:00–11:00 GMT");
    }

    @Test
    void aLateCancellationCarriesTheNoteAndATimelyOneDoesNot() {
        RenderedEmail late = email(late(message(MessageType.CANCELLATION, "2026-12-01T10:00:00Z", "en-GB")), KNOWN);
        RenderedEmail timely = email(message(MessageType.CANCELLATION, "2026-12-01T10:00:00Z", "en-GB"), KNOWN);
        RenderedEmail lateGerman = email(late(message(MessageType.CANCELLATION, "2026-12-01T10:00:00Z", "de-DE")), KNOWN);

        assertThat(late.subject()).isEqualTo("Appointment cancelled: Knee pain relief massage on Tue 1 Dec 2026 at 10:00");
        assertThat(late.text()).contains("late-cancellation window of Manchester Riverside");
        assertThat(timely.text()).doesNotContain("late-cancellation").doesNotContain("\n\n\n");
        assertThat(lateGerman.text()).contains("Frist für kurzfristige Absagen");
        assertThat(sms(late(message(MessageType.CANCELLATION, "2026-12-01T10:00:00Z", "en-GB")), KNOWN))
                .contains("Late cancellation");
    }

    @Test
    void theWaitlistOfferStatesTheHoldDeadlineInTheLocationsZone() {
        Letter offer = withHold(message(MessageType.WAITLIST_OFFER, "2026-12-01T10:00:00Z", "en-GB"), "2026-11-30T18:00:00Z");

        RenderedEmail email = email(offer, entries(BERLIN, MAYA, KNEE));

        assertThat(email.subject()).isEqualTo("A slot has opened up: Knee pain relief massage on Tue 1 Dec 2026 at 11:00");
        assertThat(email.text()).contains("We are holding it for you until Monday 30 November 2026, 19:00 CET.");
        assertThat(sms(offer, entries(BERLIN, MAYA, KNEE))).contains("Held for you until Monday 30 November 2026, 19:00 CET");
    }

    @Test
    void theNoShowFollowUpInvitesANewBooking() {
        RenderedEmail email = email(message(MessageType.NO_SHOW, "2026-12-01T10:00:00Z", "en-GB"), KNOWN);

        assertThat(email.subject()).isEqualTo("We missed you today: Knee pain relief massage on Tue 1 Dec 2026");
        assertThat(email.text()).contains("we missed you at your appointment").contains("book one in the app");
    }

    @Test
    void afterTheSessionTheAftercarePlanAndAKneeCheckInOnAZeroToTenScale() {
        RenderedEmail email = email(message(MessageType.AFTERCARE, "2026-12-01T10:00:00Z", "en-GB"), KNOWN);
        RenderedEmail german = email(message(MessageType.AFTERCARE, "2026-12-01T10:00:00Z", "de-DE"), KNOWN);

        assertThat(email.subject()).isEqualTo("Your home-care plan after Knee pain relief massage");
        assertThat(email.text())
                .contains("Twice a day: 10 quad sets. Ice 15 min if swollen.")
                .contains("How does your knee feel today, on a scale from 0 (no pain at all) to 10");
        assertThat(german.text()).contains("Wie fühlt sich Ihr Knie heute an, auf einer Skala von 0");
    }

    @Test
    void theAftercareMessageLinksToItsCheckInWithATokenBookingServiceAcceptsUntilTheCheckInCloses() {
        Instant closesAt = Instant.parse("2026-12-15T11:00:00Z");
        SessionAftercare content = new SessionAftercare(MessageContentFixture.appointment(),
                MessageContentFixture.visit(Instant.parse("2026-12-01T10:00:00Z")), closesAt);
        Letter aftercare = new Letter(content, "en-GB");
        Letter german = new Letter(content, "de-DE");

        RenderedEmail email = email(aftercare, KNOWN);
        String link = checkInLink(email.text());

        assertThat(email.text()).contains("Tell us on this page, no sign-in needed").doesNotContain("Reply with a number");
        assertThat(BOOKING_SERVICE.verify(link.substring(link.lastIndexOf('/') + 1)))
                .contains(new CheckInLinks.CheckInLink(content.appointment().id(), closesAt));
        assertThat(email.html()).contains("<a href=\"" + link + "\">" + link + "</a>");
        assertThat(checkInLink(sms(aftercare, KNOWN))).isEqualTo(link);
        assertThat(checkInLink(email(withLocale(german, "de-DE"), KNOWN).text())).isEqualTo(link);
        assertThat(checkInLink(sms(withLocale(german, "de-DE"), KNOWN))).isEqualTo(link);
        assertThat(sms(withLocale(german, "de-DE"), KNOWN)).doesNotContain("Antworten Sie mit einer Zahl");
    }

    @Test
    void anAftercareMessageWithoutTheClosingTimeLinksForBookingServicesDefaultWindow() {
        Letter aftercare = message(MessageType.AFTERCARE, "2026-12-01T10:00:00Z", "en-GB");

        String link = checkInLink(email(aftercare, KNOWN).text());

        assertThat(BOOKING_SERVICE.verify(link.substring(link.lastIndexOf('/') + 1)).orElseThrow().expiresAt())
                .isEqualTo(Instant.parse("2026-12-15T11:00:00Z"));
    }

    @Test
    void aWaitlistOfferLinksToTheOfferAndOtherMessagesLinkNowhere() {
        UUID offerId = UUID.randomUUID();
        Letter offer = new Letter(new WaitlistOffer(offerId, MessageContentFixture.visit(Instant.parse("2026-12-01T10:00:00Z")),
                Instant.parse("2026-11-30T18:00:00Z")), "de-DE");
        String link = "https://app.clinic.example/waitlist/offers/" + offerId;

        assertThat(email(offer, KNOWN).text()).contains("\n\n" + link + "\n");
        assertThat(sms(offer, KNOWN)).endsWith(": " + link);
        assertThat(email(withLocale(offer, "en-GB"), KNOWN).text()).contains(link).doesNotContain("in the app");
        for (MessageType type : List.of(MessageType.CONFIRMATION, MessageType.REMINDER, MessageType.NO_SHOW)) {
            assertThat(email(message(type, "2026-12-01T10:00:00Z", "en-GB"), KNOWN).text()).as(type.name())
                    .doesNotContain("https://");
        }
    }

    @Test
    void aConfirmationRequestAsksTheClientToConfirmOnTheirAppointmentsPageInTheirLanguage() {
        ConfirmationRequest request = new ConfirmationRequest(MessageContentFixture.appointment(),
                MessageContentFixture.visit(Instant.parse("2026-12-01T10:00:00Z")));
        String link = "https://app.clinic.example/client/appointments/" + request.appointment().id();

        RenderedEmail english = email(new Letter(request, "en-GB"), KNOWN);
        assertThat(english.subject()).isEqualTo("Please confirm: Knee pain relief massage on Tue 1 Dec 2026 at 10:00");
        assertThat(english.text()).contains("please let us know that you will come to your appointment")
                .contains("Tuesday 1 December 2026, 10:00–11:00 GMT")
                .contains("\n\n" + link + "\n");
        assertThat(english.html()).contains("<a href=\"" + link + "\">");
        assertThat(sms(new Letter(request, "en-GB"), KNOWN)).startsWith("Please confirm you will come: ").endsWith(": " + link);

        RenderedEmail german = email(new Letter(request, "de-DE"), KNOWN);
        assertThat(german.subject()).startsWith("Bitte bestätigen: Knee pain relief massage am ");
        assertThat(german.text()).contains("bitte bestätigen Sie uns, dass Sie zu Ihrem Termin kommen").contains(link);
        assertThat(sms(new Letter(request, "de-DE"), KNOWN)).endsWith(": " + link);
    }

    @Test
    void withoutAPlanOrAKnownAreaTheAftercareStaysGeneral() {
        RenderedEmail email = email(message(MessageType.AFTERCARE, "2026-12-01T10:00:00Z", "en-GB"), entries(MANCHESTER, MAYA, SPORTS));

        assertThat(email.text())
                .contains("Rest, keep moving gently")
                .contains("How does the treated area feel today")
                .doesNotContain("null");
    }

    @Test
    void theWorseningAlertTellsTheTherapistTheClientsFirstNameBothScoresAndTheNextSession() {
        Visit session = new Visit(UUID.randomUUID(), MANCHESTER.id(), MAYA.id(), KNEE.id(), Instant.parse("2026-12-01T10:00:00Z"),
                Instant.parse("2026-12-01T11:00:00Z"));
        CheckInWorseningAlert alert = new CheckInWorseningAlert(MessageContentFixture.appointment(), session, "Priya", 2, 6,
                Instant.parse("2026-12-08T10:00:00Z"));

        RenderedEmail email = RENDERER.email(alert, MessageLocale.EN_GB, "Maya Okafor", KNOWN, Optional.empty());
        RenderedEmail anonymous = RENDERER.email(new CheckInWorseningAlert(alert.appointment(), session, null, 2, 6, null),
                MessageLocale.EN_GB, "Maya Okafor", KNOWN, Optional.empty());

        assertThat(email.subject()).isEqualTo("Check-in worsened: Priya, Knee pain relief massage");
        assertThat(email.text())
                .startsWith("Hello Maya Okafor,")
                .contains("Priya answered the check-in after the session of Tuesday 1 December 2026, 10:00–11:00 GMT")
                .contains("with 6 out of 10, up from 2 at the session before")
                .contains("Their next session with you is on Tuesday 8 December 2026, 10:00 GMT.");
        assertThat(anonymous.subject()).isEqualTo("Check-in worsened: Your client, Knee pain relief massage");
        assertThat(anonymous.text()).contains("They have no further session with you booked.").doesNotContain("null");
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void everyMessageTypeRendersInEveryLocaleWithAShortSms(MessageType type) {
        for (MessageLocale locale : MessageLocale.values()) {
            Letter letter = message(type, "2026-12-01T10:00:00Z", locale.tag());
            RenderedEmail email = email(letter, KNOWN);
            String sms = sms(letter, KNOWN);

            assertThat(email.subject()).isNotBlank().doesNotContain("\n");
            assertThat(email.text()).contains(locale == MessageLocale.DE_DE ? "Hallo Sam," : "Hello Sam,").contains("Manchester Riverside");
            assertThat(sms).isNotBlank().hasSizeLessThanOrEqualTo(320);
        }
    }

    @Test
    void aCourseConfirmationListsEverySessionInTheLocationsZoneAndItsSmsTheFirstAndTheLast() {
        Visit first = new Visit(UUID.randomUUID(), MANCHESTER.id(), MAYA.id(), KNEE.id(), Instant.parse("2027-03-22T10:00:00Z"),
                Instant.parse("2027-03-22T11:00:00Z"));
        List<CourseConfirmation.Session> sessions = List.of(
                new CourseConfirmation.Session(UUID.randomUUID(), first.startsAt(), first.endsAt()),
                new CourseConfirmation.Session(UUID.randomUUID(), Instant.parse("2027-03-29T09:00:00Z"), Instant.parse("2027-03-29T10:00:00Z")),
                new CourseConfirmation.Session(UUID.randomUUID(), Instant.parse("2027-04-05T09:00:00Z"), Instant.parse("2027-04-05T10:00:00Z")));
        Letter course = new Letter(new CourseConfirmation(UUID.randomUUID(), first, sessions), "en-GB");

        RenderedEmail email = email(course, KNOWN);
        assertThat(email.subject()).isEqualTo("Course booked: 3 sessions of Knee pain relief massage from Mon 22 Mar 2027");
        assertThat(email.text())
                .contains("your course of 3 sessions is booked")
                .contains("What:  Knee pain relief massage\nWith:  Maya Okafor\nWhere: Manchester Riverside, 12 Riverside Walk, Manchester M3 4JR\n")
                .contains("Your sessions:\n1. Monday 22 March 2027, 10:00–11:00 GMT\n2. Monday 29 March 2027, 10:00–11:00 BST\n"
                        + "3. Monday 5 April 2027, 10:00–11:00 BST\n\n");
        assertThat(email.html()).contains("1. Monday 22 March 2027, 10:00–11:00 GMT<br>");
        assertThat(sms(course, KNOWN)).isEqualTo("Booked: 3 sessions of Knee pain relief massage with Maya Okafor, Manchester Riverside, "
                + "from Mon 22 Mar 2027 10:00 to Mon 5 Apr 2027 10:00. Every date is in the app.");
        assertThat(sms(withLocale(course, "de-DE"), KNOWN)).isEqualTo("Gebucht: 3 Termine Knee pain relief massage bei Maya Okafor, "
                + "Manchester Riverside, vom Mo., 22. März 2027 10:00 bis Mo., 5. Apr. 2027 10:00. Alle Termine stehen in der App.");
    }

    @Test
    void theCalendarSummaryNamesTreatmentAndTherapist() {
        assertThat(calendarSummary(message(MessageType.CONFIRMATION, "2026-12-01T10:00:00Z", "en-GB"), KNOWN))
                .isEqualTo("Knee pain relief massage with Maya Okafor");
    }

    /** A message as it goes to Sam in a language. */
    private record Letter(MessageContent content, String locale) {
    }

    private static RenderedEmail email(Letter letter, DirectoryEntries entries) {
        return RENDERER.email(letter.content(), MessageLocale.of(letter.locale()), "Sam", entries, Optional.empty());
    }

    private static String sms(Letter letter, DirectoryEntries entries) {
        return RENDERER.sms(letter.content(), MessageLocale.of(letter.locale()), "Sam", entries);
    }

    private static String calendarSummary(Letter letter, DirectoryEntries entries) {
        return RENDERER.calendarSummary(letter.content(), MessageLocale.of(letter.locale()), entries);
    }

    private static DirectoryEntries entries(Location location, Therapist therapist, Treatment treatment) {
        return new DirectoryEntries(Optional.of(location), Optional.of(therapist), Optional.of(treatment));
    }

    private static Letter message(MessageType type, String startsAt, String locale) {
        return new Letter(MessageContentFixture.of(type, Instant.parse(startsAt)), locale);
    }

    private static Letter withPrevious(Letter letter, String previous) {
        RescheduleNotice notice = (RescheduleNotice) letter.content();
        return new Letter(new RescheduleNotice(notice.appointment(), notice.visit(), Optional.of(Instant.parse(previous))), letter.locale());
    }

    private static Letter withHold(Letter letter, String holdUntil) {
        WaitlistOffer offer = (WaitlistOffer) letter.content();
        return new Letter(new WaitlistOffer(offer.offerId(), offer.visit(), Instant.parse(holdUntil)), letter.locale());
    }

    private static Letter withLocale(Letter letter, String locale) {
        return new Letter(letter.content(), locale);
    }

    private static String checkInLink(String text) {
        Matcher link = CHECK_IN_LINK.matcher(text);
        assertThat(link.find()).as("a check-in link in: " + text).isTrue();
        return link.group();
    }

    private static Letter late(Letter letter) {
        CancellationNotice notice = (CancellationNotice) letter.content();
        return new Letter(new CancellationNotice(notice.appointment(), notice.visit(), true), letter.locale());
    }
}
