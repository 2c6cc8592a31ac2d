package com.clinicnetwork.booking.series;

import com.clinicnetwork.booking.aftercare.CheckInReads;
import com.clinicnetwork.booking.aftercare.CourseCheckIn;
import com.clinicnetwork.booking.appointment.AppointmentReads;
import com.clinicnetwork.booking.appointment.AppointmentView;
import com.clinicnetwork.servicedefaults.refusal.NotFoundException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Courses as the caller may see them: whoever may see one of its sessions sees the course, with the sessions they may
 * see and the check-in answers of those they may read; to everyone else it does not exist.
 */
@Service
class CourseReads {

    private final CourseRepository courses;
    private final AppointmentReads appointments;
    private final CheckInReads checkIns;

    CourseReads(CourseRepository courses, AppointmentReads appointments, CheckInReads checkIns) {
        this.courses = courses;
        this.appointments = appointments;
        this.checkIns = checkIns;
    }

    /** @throws NotFoundException if there is no such course or the caller may see none of its sessions */
    CourseView visible(ClinicUser user, UUID id) {
        CourseRepository.Course course = courses.find(id).orElseThrow(() -> new NotFoundException("Course", id));
        List<AppointmentView> visible = appointments.sessionsOfCourse(user, id);
        if (visible.isEmpty()) {
            throw new NotFoundException("Course", id);
        }
        Set<UUID> visibleIds = visible.stream().map(AppointmentView::id).collect(Collectors.toSet());
        List<CourseCheckIn> answers = checkIns.ofCourse(user, id, course.clientId()).stream()
                .filter(answer -> visibleIds.contains(answer.appointmentId()))
                .toList();
        return CourseView.of(course, visible, answers);
    }
}
