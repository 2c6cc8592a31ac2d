package com.clinicnetwork.therapist.practitioner;

import com.clinicnetwork.servicedefaults.refusal.NotFoundException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.therapist.location.LocationService;
import com.clinicnetwork.therapist.schedule.ExtraHours;
import com.clinicnetwork.therapist.schedule.ScheduleExceptions;
import com.clinicnetwork.therapist.schedule.ScheduleExceptionsRepository;
import com.clinicnetwork.therapist.schedule.TimeOff;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time off and extra hours. Each change locks the therapist, bumps their version and publishes their
 * full state, like any other change of the therapist.
 */
@Service
public class ScheduleExceptionService {

    private final TherapistStates states;
    private final ScheduleExceptionsRepository exceptions;
    private final LocationService locations;

    ScheduleExceptionService(TherapistStates states, ScheduleExceptionsRepository exceptions, LocationService locations) {
        this.states = states;
        this.exceptions = exceptions;
        this.locations = locations;
    }

    /** Admins record anyone's time off, a therapist their own. */
    @Transactional
    public TimeOff addTimeOff(UUID therapistId, TimeOff timeOff, ClinicUser user) {
        TherapistAccess.requireAdminOrSelf(user, therapistId);
        long version = states.lock(therapistId, null);
        ScheduleExceptions.checkTimeOff(timeOff, states.load(therapistId).timeOff());
        exceptions.insert(therapistId, timeOff);
        states.publishScheduleChange(therapistId, version);
        return timeOff;
    }

    @Transactional
    public TherapistView removeTimeOff(UUID therapistId, UUID timeOffId, ClinicUser user) {
        TherapistAccess.requireAdminOrSelf(user, therapistId);
        long version = states.lock(therapistId, null);
        if (!exceptions.deleteTimeOff(therapistId, timeOffId)) {
            throw new NotFoundException("Time off", timeOffId);
        }
        return states.publishScheduleChange(therapistId, version);
    }

    @Transactional
    public ExtraHours addExtraHours(UUID therapistId, ExtraHours extra) {
        long version = states.lock(therapistId, null);
        Therapist therapist = states.load(therapistId);
        ScheduleExceptions.checkExtraHours(extra, therapist.locationIds(), locations.openingHours(therapist.locationIds()),
                therapist.workingHours(), therapist.extraHours());
        exceptions.insert(therapistId, extra);
        states.publishScheduleChange(therapistId, version);
        return extra;
    }

    @Transactional
    public TherapistView removeExtraHours(UUID therapistId, UUID extraHoursId) {
        long version = states.lock(therapistId, null);
        if (!exceptions.deleteExtraHours(therapistId, extraHoursId)) {
            throw new NotFoundException("Extra hours", extraHoursId);
        }
        return states.publishScheduleChange(therapistId, version);
    }
}
