package com.clinicnetwork.booking.series;

import com.clinicnetwork.booking.appointment.CancelCourse;
import com.clinicnetwork.servicedefaults.refusal.NotPermittedException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.security.Role;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Who may cancel a course as a whole: the client, front desk at the course's location and clinic admins. A therapist
 * who can see the course may not; anyone who cannot see it is told it does not exist.
 */
@Service
class CourseCancellation {

    private final CourseReads courses;
    private final CancelCourse cancellation;

    CourseCancellation(CourseReads courses, CancelCourse cancellation) {
        this.courses = courses;
        this.cancellation = cancellation;
    }

    /**
     * Cancels the course's upcoming sessions (see {@link CancelCourse#cancelUpcoming}).
     *
     * @return the course as the caller sees it afterwards
     */
    CourseView cancel(ClinicUser user, UUID id, String reason) {
        CourseView course = courses.visible(user, id);
        boolean allowed = user.hasRole(Role.CLINIC_ADMIN) || user.isClient(course.clientId())
                || user.hasRole(Role.FRONT_DESK) && user.worksAt(course.locationId());
        if (!allowed) {
            throw new NotPermittedException("You may not cancel this course.");
        }
        cancellation.cancelUpcoming(user, id, reason);
        return courses.visible(user, id);
    }
}
