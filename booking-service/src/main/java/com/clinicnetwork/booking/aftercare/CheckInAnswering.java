package com.clinicnetwork.booking.aftercare;

import com.clinicnetwork.booking.client.ClientRepository;
import com.clinicnetwork.booking.outcome.WorseningAlerts;
import com.clinicnetwork.servicedefaults.links.CheckInLinks;
import com.clinicnetwork.servicedefaults.refusal.NotFoundException;
import com.clinicnetwork.servicedefaults.refusal.Refusal;
import com.clinicnetwork.servicedefaults.refusal.StateConflictException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a client's answer to the aftercare check-in, from the signed-in client or through the signed link in the
 * aftercare message, by the same rules ({@link AnswerWindow}). Each answer is one transaction that holds the client's
 * row lock, so an erasure cannot slip in between the check and the insert; the table's primary key makes a second
 * answer fail even when two arrive at once, which also makes every link single-use. A score that rose by the worsening
 * threshold since the previous answer alerts the therapist in the same transaction ({@link WorseningAlerts}).
 */
@Service
class CheckInAnswering {

    private final CheckInRepository checkIns;
    private final ClientRepository clients;
    private final AnswerWindow window;
    private final CheckInLinks links;
    private final WorseningAlerts worsening;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CheckInAnswering(CheckInRepository checkIns, ClientRepository clients, AnswerWindow window, CheckInLinks links,
            WorseningAlerts worsening, TransactionTemplate transactions, Clock clock) {
        this.checkIns = checkIns;
        this.clients = clients;
        this.window = window;
        this.links = links;
        this.worsening = worsening;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Only the appointment's own client answers; to everyone else it does not exist, as for reads. */
    CheckInView answer(ClinicUser user, UUID appointmentId, CheckInRequest request) {
        return transactions.execute(status -> {
            CheckInRepository.Subject subject = checkIns.subject(appointmentId)
                    .filter(found -> user.isClient(found.clientId()))
                    .orElseThrow(() -> new NotFoundException("Appointment", appointmentId));
            return record(subject, request);
        });
    }

    /**
     * The answer given on the page a check-in link opens, without signing in.
     *
     * @param appointmentId the appointment the link is for, see {@link #linkedAppointment}
     */
    CheckInView answerByLink(UUID appointmentId, CheckInRequest request) {
        return transactions.execute(status -> record(
                checkIns.subject(appointmentId).orElseThrow(CheckInLinkInvalidException::new), request));
    }

    /** What the page a check-in link opens shows: the session and whether it was answered. */
    CheckInLinkView linkView(String token) {
        return checkIns.linkView(linkedAppointment(token)).orElseThrow(CheckInLinkInvalidException::new);
    }

    private CheckInView record(CheckInRepository.Subject subject, CheckInRequest request) {
        boolean erased = clients.lock(subject.clientId())
                .orElseThrow(() -> new IllegalStateException("Appointment " + subject.appointmentId() + " has no client"))
                .erased();
        Instant now = clock.instant();
        window.refusal(subject.status(), subject.endsAt(), subject.answered(), erased, now).ifPresent(refusal -> {
            throw refused(refusal, subject);
        });
        if (!checkIns.insert(subject.appointmentId(), request.score(), request.commentOrNull(), now)) {
            throw refused(AnswerWindow.Refusal.ALREADY_ANSWERED, subject);
        }
        worsening.answered(subject.appointmentId(), request.score(), now);
        return checkIns.find(subject.appointmentId())
                .orElseThrow(() -> new IllegalStateException("The answer just stored is gone"));
    }

    /**
     * The appointment a genuine, unexpired link is for; its expiry is judged with this service's clock.
     *
     * @throws CheckInLinkInvalidException if this platform did not sign it
     * @throws CheckInLinkExpiredException if its answer window has closed
     */
    UUID linkedAppointment(String token) {
        CheckInLinks.CheckInLink link = links.verify(token).orElseThrow(CheckInLinkInvalidException::new);
        if (link.expiredAt(clock.instant())) {
            throw new CheckInLinkExpiredException(link.expiresAt());
        }
        return link.appointmentId();
    }

    private Refusal refused(AnswerWindow.Refusal refusal, CheckInRepository.Subject subject) {
        return switch (refusal) {
            case NOT_FULFILLED -> new StateConflictException("appointment-not-fulfilled",
                    "Session not fulfilled", "The check-in can be answered once the session has taken place.")
                    // Not "status": in a problem that member is the HTTP status code (RFC 9457).
                    .with("currentStatus", subject.status().name());
            case ALREADY_ANSWERED -> new StateConflictException("check-in-already-answered",
                    "Check-in already answered", "The check-in of this session has been answered; an answer cannot change.");
            case CLOSED -> {
                Instant closedAt = window.checkInClosesAt(subject.endsAt());
                yield new StateConflictException("check-in-closed", "Check-in closed",
                        "The check-in of this session could be answered until " + closedAt + ".")
                        .with("closedAt", closedAt.atOffset(ZoneOffset.UTC));
            }
            case CLIENT_ERASED -> new StateConflictException("client-erased", "Client erased",
                    "The client's data was erased on their request; nothing more is recorded about them.");
        };
    }
}
