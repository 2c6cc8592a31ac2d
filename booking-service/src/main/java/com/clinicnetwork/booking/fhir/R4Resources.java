package com.clinicnetwork.booking.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import com.clinicnetwork.booking.appointment.AppointmentStatus;
import com.clinicnetwork.booking.appointment.AppointmentView;
import com.clinicnetwork.booking.directory.OpeningHours;
import com.clinicnetwork.booking.fhir.DirectoryRecords.LocationRecord;
import com.clinicnetwork.booking.fhir.DirectoryRecords.Named;
import com.clinicnetwork.booking.fhir.DirectoryRecords.ScheduleRecord;
import com.clinicnetwork.booking.fhir.DirectoryRecords.TherapistRecord;
import com.clinicnetwork.booking.fhir.DirectoryRecords.TreatmentRecord;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Appointment.AppointmentParticipantComponent;
import org.hl7.fhir.r4.model.Appointment.ParticipantRequired;
import org.hl7.fhir.r4.model.Appointment.ParticipationStatus;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Location.DaysOfWeek;
import org.hl7.fhir.r4.model.Location.LocationHoursOfOperationComponent;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ResourceType;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.Slot;
import org.jspecify.annotations.Nullable;

/**
 * How the platform's directory, free slots and appointments read as HL7 FHIR R4 resources. Plain mapping: who may see
 * what was decided before a record gets here ({@link AppointmentExport} leaves the client out where the caller may not
 * read them).
 */
final class R4Resources {

    /** The platform's own code systems and extensions live under its API's address. */
    static final String DEFINITIONS = "https://api.clinic-network.example/fhir/";
    static final String SPECIALTY_SYSTEM = DEFINITIONS + "CodeSystem/specialty";
    static final String TREATMENT_SYSTEM = DEFINITIONS + "CodeSystem/treatment";
    /** How long one session of a treatment takes (a {@code Duration} in minutes). */
    static final String SESSION_DURATION = DEFINITIONS + "StructureDefinition/session-duration";
    /** HL7's extension for the IANA time zone a location's wall-clock times are in. */
    static final String TIME_ZONE = "http://hl7.org/fhir/StructureDefinition/timezone";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private R4Resources() {
    }

    static Practitioner practitioner(TherapistRecord therapist) {
        Practitioner practitioner = new Practitioner();
        practitioner.setId(therapist.id().toString());
        practitioner.setActive(therapist.active());
        practitioner.addName().setText(therapist.name());
        for (String specialty : therapist.specialties()) {
            practitioner.addQualification().setCode(specialty(specialty));
        }
        return practitioner;
    }

    static Location location(LocationRecord record) {
        Location location = new Location();
        location.setId(record.id().toString());
        location.setStatus(record.active() ? Location.LocationStatus.ACTIVE : Location.LocationStatus.INACTIVE);
        location.setMode(Location.LocationMode.INSTANCE);
        location.setName(record.name());
        location.addExtension(TIME_ZONE, new CodeType(record.timeZone().getId()));
        if (record.address() != null) {
            location.getAddress().setText(record.address());
        }
        // Days with the same hours share one entry, as FHIR's examples write a week.
        Map<String, LocationHoursOfOperationComponent> byHours = new LinkedHashMap<>();
        for (OpeningHours block : record.openingHours()) {
            byHours.computeIfAbsent(block.opensAt() + "-" + block.closesAt(), hours -> location.addHoursOfOperation()
                            .setOpeningTime(TIME.format(block.opensAt()))
                            .setClosingTime(TIME.format(block.closesAt())))
                    .addDaysOfWeek(dayOfWeek(block.dayOfWeek()));
        }
        return location;
    }

    static HealthcareService healthcareService(TreatmentRecord treatment) {
        HealthcareService service = new HealthcareService();
        service.setId(treatment.id().toString());
        service.setActive(treatment.active());
        service.setName(treatment.name());
        service.addType(treatment(new Named(treatment.id(), treatment.name())));
        if (treatment.requiredSpecialty() != null) {
            service.addSpecialty(specialty(treatment.requiredSpecialty()));
        }
        for (Named location : treatment.locations()) {
            service.addLocation(reference(ResourceType.Location, location.id(), location.name()));
        }
        service.addExtension(SESSION_DURATION, minutes(treatment.durationMinutes()));
        service.setComment("A session takes " + treatment.durationMinutes() + " minutes.");
        return service;
    }

    /** @param bookableFrom the earliest start a booking made now may have; {@code bookableBefore} the horizon */
    static Schedule schedule(ScheduleRecord record, Instant bookableFrom, Instant bookableBefore) {
        Schedule schedule = new Schedule();
        schedule.setId(FhirIds.schedule(record.therapist().id(), record.location().id()));
        schedule.setActive(record.therapistActive() && record.locationActive());
        schedule.addActor(reference(ResourceType.Practitioner, record.therapist().id(), record.therapist().name()));
        schedule.addActor(reference(ResourceType.Location, record.location().id(), record.location().name()));
        record.treatments().forEach(offered -> schedule.addServiceType(treatment(offered)));
        schedule.setPlanningHorizon(new Period()
                .setStartElement(dateTime(bookableFrom))
                .setEndElement(dateTime(bookableBefore)));
        return schedule;
    }

    /** @param treatments the treatments that can be booked exactly at this time */
    static Slot slot(FhirIds.SlotKey key, List<Named> treatments) {
        Slot slot = new Slot();
        slot.setId(FhirIds.slot(key));
        slot.setSchedule(new Reference(ResourceType.Schedule.name() + "/" + FhirIds.schedule(key.therapistId(), key.locationId())));
        slot.setStatus(Slot.SlotStatus.FREE);
        slot.setStartElement(instant(key.startsAt()));
        slot.setEndElement(instant(key.endsAt()));
        treatments.forEach(treatment -> slot.addServiceType(treatment(treatment)));
        return slot;
    }

    /**
     * @param showClient whether the caller may see who the client is; without it the appointment names no patient at
     *                   all. Never intake notes, cancellation reasons or contact details.
     */
    static Appointment appointment(AppointmentView view, boolean showClient) {
        Appointment appointment = new Appointment();
        appointment.setId(view.id().toString());
        appointment.getMeta().setVersionId(Long.toString(view.version()));
        appointment.setStatus(status(view.status()));
        appointment.setStartElement(instant(view.startsAt().toInstant()));
        appointment.setEndElement(instant(view.endsAt().toInstant()));
        appointment.setMinutesDuration((int) java.time.Duration.between(view.startsAt(), view.endsAt()).toMinutes());
        appointment.setCreatedElement(dateTime(view.createdAt().toInstant()));
        appointment.addServiceType(treatment(new Named(view.treatmentId(), view.treatmentName())));
        if (showClient) {
            participant(appointment, reference(ResourceType.Patient, view.clientId(), view.clientName()));
        }
        participant(appointment, reference(ResourceType.Practitioner, view.therapistId(), view.therapistName()));
        participant(appointment, reference(ResourceType.Location, view.locationId(), view.locationName()));
        participant(appointment, reference(ResourceType.HealthcareService, view.treatmentId(), view.treatmentName()));
        return appointment;
    }

    /** The platform's lifecycle was modelled on FHIR's: each status is one of Appointment.status. */
    static Appointment.AppointmentStatus status(AppointmentStatus status) {
        return switch (status) {
            case BOOKED -> Appointment.AppointmentStatus.BOOKED;
            case CHECKED_IN -> Appointment.AppointmentStatus.CHECKEDIN;
            case FULFILLED -> Appointment.AppointmentStatus.FULFILLED;
            case CANCELLED -> Appointment.AppointmentStatus.CANCELLED;
            case NOSHOW -> Appointment.AppointmentStatus.NOSHOW;
        };
    }

    private static void participant(Appointment appointment, Reference actor) {
        AppointmentParticipantComponent participant = appointment.addParticipant();
        participant.setActor(actor);
        participant.setRequired(ParticipantRequired.REQUIRED);
        participant.setStatus(ParticipationStatus.ACCEPTED);
    }

    static CodeableConcept treatment(Named treatment) {
        CodeableConcept concept = new CodeableConcept();
        concept.addCoding().setSystem(TREATMENT_SYSTEM).setCode(treatment.id().toString()).setDisplay(treatment.name());
        concept.setText(treatment.name());
        return concept;
    }

    /** A specialty of the directory's closed list, e.g. {@code SPORTS_MASSAGE}, shown as "Sports massage". */
    static CodeableConcept specialty(String code) {
        String display = code.charAt(0) + code.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        CodeableConcept concept = new CodeableConcept();
        concept.addCoding().setSystem(SPECIALTY_SYSTEM).setCode(code).setDisplay(display);
        concept.setText(display);
        return concept;
    }

    private static Reference reference(ResourceType type, UUID id, @Nullable String display) {
        Reference reference = new Reference(type.name() + "/" + id);
        if (display != null) {
            reference.setDisplay(display);
        }
        return reference;
    }

    private static Duration minutes(int minutes) {
        Duration duration = new Duration();
        duration.setValue(minutes).setUnit("min").setSystem("http://unitsofmeasure.org").setCode("min");
        return duration;
    }

    private static DaysOfWeek dayOfWeek(DayOfWeek day) {
        return DaysOfWeek.fromCode(day.name().substring(0, 3).toLowerCase(Locale.ROOT));
    }

    /** In UTC, to the second: what the platform stores is an instant, and FHIR readers need no zone to compare. */
    private static InstantType instant(Instant instant) {
        return new InstantType(Date.from(instant), TemporalPrecisionEnum.SECOND, TimeZone.getTimeZone("UTC"));
    }

    private static DateTimeType dateTime(Instant instant) {
        return new DateTimeType(Date.from(instant), TemporalPrecisionEnum.SECOND, TimeZone.getTimeZone("UTC"));
    }
}
