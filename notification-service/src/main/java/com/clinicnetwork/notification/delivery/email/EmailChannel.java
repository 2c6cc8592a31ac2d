package com.clinicnetwork.notification.delivery.email;

import com.clinicnetwork.notification.delivery.ChannelSender;
import com.clinicnetwork.notification.delivery.DeliveryException;
import com.clinicnetwork.notification.delivery.Notification;
import com.clinicnetwork.notification.directory.DirectoryEntries;
import com.clinicnetwork.notification.directory.DirectoryRepository;
import com.clinicnetwork.notification.directory.Location;
import com.clinicnetwork.notification.message.AppointmentVersion;
import com.clinicnetwork.notification.message.CalendarInvite;
import com.clinicnetwork.notification.message.Channel;
import com.clinicnetwork.notification.message.CourseConfirmation;
import com.clinicnetwork.notification.message.ICalendar;
import com.clinicnetwork.notification.message.MessageContent;
import com.clinicnetwork.notification.message.MessageLocale;
import com.clinicnetwork.notification.message.MessageRenderer;
import com.clinicnetwork.notification.message.RenderedEmail;
import com.clinicnetwork.notification.message.Visit;
import java.time.Clock;
import java.util.Optional;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.stereotype.Component;

/**
 * The email channel. Messages that create, move or cancel an appointment carry an iCalendar entry
 * (REQUEST, or CANCEL) so the client's calendar follows along; a course's confirmation carries one calendar file with
 * an entry per session.
 */
@Component
class EmailChannel implements ChannelSender {

    private final EmailSender sender;
    private final MessageRenderer renderer;
    private final DirectoryRepository directory;
    private final Clock clock;

    EmailChannel(EmailSender sender, MessageRenderer renderer, DirectoryRepository directory, Clock clock) {
        this.sender = sender;
        this.renderer = renderer;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Notification notification) {
        Visit visit = notification.content().visit();
        DirectoryEntries entries = directory.entries(visit.locationId(), visit.therapistId(), visit.treatmentId());
        MessageLocale locale = MessageLocale.of(notification.locale());
        RenderedEmail email = renderer.email(notification.content(), locale, notification.recipientName(), entries,
                invite(notification, locale, entries));
        try {
            sender.send(notification.id(), notification.recipient(), email);
        } catch (MailPreparationException | MailParseException unbuildable) {
            throw DeliveryException.permanentFailure(describe(unbuildable), unbuildable);
        } catch (MailException failure) {
            throw DeliveryException.transientFailure(describe(failure), failure);
        }
    }

    private Optional<CalendarInvite> invite(Notification notification, MessageLocale locale, DirectoryEntries entries) {
        MessageContent content = notification.content();
        String location = entries.location().map(l -> l.name() + ", " + l.address()).orElse("");
        String organizerName = entries.location().map(Location::name).orElse("Clinic Network");
        ICalendar.Parties parties = new ICalendar.Parties(renderer.calendarSummary(content, locale, entries), location,
                organizerName, sender.from(), notification.recipientName(), notification.recipient());
        if (content instanceof CourseConfirmation course) {
            // Booked just now: every session is at its first version, which a later reschedule's SEQUENCE exceeds.
            return Optional.of(ICalendar.events(course.sessions().stream()
                    .map(session -> new ICalendar.Event(session.appointmentId(), 1, session.startsAt(), session.endsAt()))
                    .toList(), parties, clock.instant()));
        }
        Optional<String> method = switch (content.type()) {
            case CONFIRMATION, RESCHEDULE -> Optional.of(ICalendar.REQUEST);
            case CANCELLATION -> Optional.of(ICalendar.CANCEL);
            default -> Optional.empty();
        };
        Optional<AppointmentVersion> appointment = content.aboutAppointment();
        if (method.isEmpty() || appointment.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ICalendar.event(method.get(), new ICalendar.Event(appointment.get().id(), appointment.get().version(),
                content.visit().startsAt(), content.visit().endsAt()), parties, clock.instant()));
    }

    private static String describe(MailException failure) {
        Throwable cause = failure.getMostSpecificCause();
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
