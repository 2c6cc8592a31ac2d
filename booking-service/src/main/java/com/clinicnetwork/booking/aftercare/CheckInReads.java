package com.clinicnetwork.booking.aftercare;

import com.clinicnetwork.booking.client.ClientAccess;
import com.clinicnetwork.servicedefaults.refusal.InvalidValueException;
import com.clinicnetwork.servicedefaults.refusal.NotFoundException;
import com.clinicnetwork.servicedefaults.refusal.NotPermittedException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.web.PageOf;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Reads of check-in answers. Scores and comments are health data: the client reads their own, therapists those of
 * the clients they have or had a non-cancelled appointment with, clinic admins all; front desk and operators none
 * ({@link ClientAccess#canReadHealthData}).
 */
@Service
public class CheckInReads {

    private final CheckInRepository checkIns;
    private final ClientAccess access;

    CheckInReads(CheckInRepository checkIns, ClientAccess access) {
        this.checkIns = checkIns;
        this.access = access;
    }

    /**
     * The answers of a client, of a course, or of a client's course, by session start. A course the caller may not
     * read answers of does not exist for them (404, as a course read); a client whose answers they may not read is
     * 403, said without looking the client up.
     */
    PageOf<CheckInView> search(ClinicUser user, Optional<UUID> clientId, Optional<UUID> seriesId, int page, int size) {
        if (clientId.isEmpty() && seriesId.isEmpty()) {
            throw new InvalidValueException("clientId", "clientId or seriesId is required");
        }
        if (seriesId.isPresent()) {
            UUID courseClient = checkIns.clientOfCourse(seriesId.get())
                    .filter(client -> access.canReadHealthData(user, client))
                    .orElseThrow(() -> new NotFoundException("Course", seriesId.get()));
            if (clientId.filter(client -> !client.equals(courseClient)).isPresent()) {
                return PageOf.of(List.of(), page, size, 0);
            }
        } else if (!access.canReadHealthData(user, clientId.get())) {
            throw new NotPermittedException("Check-in answers are read by the client, their therapists and clinic admins.");
        }
        CheckInRepository.Found found = checkIns.search(clientId, seriesId, page, size);
        return PageOf.of(found.items(), page, size, found.totalItems());
    }

    /** The answers of a course for its chart; empty for callers who may see the course but not its client's answers. */
    public List<CourseCheckIn> ofCourse(ClinicUser user, UUID seriesId, UUID courseClientId) {
        return access.canReadHealthData(user, courseClientId) ? checkIns.ofCourse(seriesId) : List.of();
    }
}
