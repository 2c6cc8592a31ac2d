package com.clinicnetwork.contracts;

import com.clinicnetwork.contracts.aftercare.CheckInWorsened;
import com.clinicnetwork.contracts.appointment.AppointmentEvent;
import com.clinicnetwork.contracts.appointment.CourseBooked;
import com.clinicnetwork.contracts.appointment.WaitlistOfferMade;
import com.clinicnetwork.contracts.client.ClientConsentsChanged;
import com.clinicnetwork.contracts.client.ClientErased;
import com.clinicnetwork.contracts.client.ClientRegistered;
import com.clinicnetwork.contracts.directory.LocationState;
import com.clinicnetwork.contracts.directory.TherapistState;
import com.clinicnetwork.contracts.directory.TreatmentState;
import com.clinicnetwork.contracts.notification.NotificationOutcome;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which topic each event type travels on and which payload record it carries; every entry has an example in
 * {@link ContractExamples}.
 */
public final class ContractCatalog {

    private static final Map<String, Contract> CONTRACTS = new LinkedHashMap<>();

    static {
        CONTRACTS.put(EventTypes.LOCATION_UPSERTED, new Contract(Topics.DIRECTORY, LocationState.class));
        CONTRACTS.put(EventTypes.TREATMENT_UPSERTED, new Contract(Topics.DIRECTORY, TreatmentState.class));
        CONTRACTS.put(EventTypes.THERAPIST_UPSERTED, new Contract(Topics.DIRECTORY, TherapistState.class));
        CONTRACTS.put(EventTypes.APPOINTMENT_BOOKED, new Contract(Topics.APPOINTMENTS, AppointmentEvent.class));
        CONTRACTS.put(EventTypes.APPOINTMENT_RESCHEDULED, new Contract(Topics.APPOINTMENTS, AppointmentEvent.class));
        CONTRACTS.put(EventTypes.APPOINTMENT_CANCELLED, new Contract(Topics.APPOINTMENTS, AppointmentEvent.class));
        CONTRACTS.put(EventTypes.APPOINTMENT_CHECKED_IN, new Contract(Topics.APPOINTMENTS, AppointmentEvent.class));
        CONTRACTS.put(EventTypes.APPOINTMENT_FULFILLED, new Contract(Topics.APPOINTMENTS, AppointmentEvent.class));
        CONTRACTS.put(EventTypes.APPOINTMENT_NO_SHOW, new Contract(Topics.APPOINTMENTS, AppointmentEvent.class));
        CONTRACTS.put(EventTypes.APPOINTMENT_CONFIRMED, new Contract(Topics.APPOINTMENTS, AppointmentEvent.class));
        CONTRACTS.put(EventTypes.COURSE_BOOKED, new Contract(Topics.APPOINTMENTS, CourseBooked.class));
        CONTRACTS.put(EventTypes.WAITLIST_OFFER_MADE, new Contract(Topics.APPOINTMENTS, WaitlistOfferMade.class));
        CONTRACTS.put(EventTypes.CHECK_IN_WORSENED, new Contract(Topics.APPOINTMENTS, CheckInWorsened.class));
        CONTRACTS.put(EventTypes.CLIENT_REGISTERED, new Contract(Topics.CLIENTS, ClientRegistered.class));
        CONTRACTS.put(EventTypes.CLIENT_ERASED, new Contract(Topics.CLIENTS, ClientErased.class));
        CONTRACTS.put(EventTypes.CLIENT_CONSENTS_CHANGED, new Contract(Topics.CLIENTS, ClientConsentsChanged.class));
        CONTRACTS.put(EventTypes.NOTIFICATION_SENT, new Contract(Topics.NOTIFICATIONS, NotificationOutcome.class));
        CONTRACTS.put(EventTypes.NOTIFICATION_FAILED, new Contract(Topics.NOTIFICATIONS, NotificationOutcome.class));
    }

    private ContractCatalog() {
    }

    public static Map<String, Class<?>> payloadTypes() {
        Map<String, Class<?>> payloads = new LinkedHashMap<>();
        CONTRACTS.forEach((type, contract) -> payloads.put(type, contract.payloadType()));
        return Map.copyOf(payloads);
    }

    public static Class<?> payloadType(String eventType) {
        return contract(eventType).payloadType();
    }

    /** The topics events of the contract travel on. */
    public static Set<String> topics() {
        return CONTRACTS.values().stream().map(Contract::topic).collect(Collectors.toUnmodifiableSet());
    }

    /** The topic events of this type are published on. */
    public static String topic(String eventType) {
        return contract(eventType).topic();
    }

    private static Contract contract(String eventType) {
        Contract contract = CONTRACTS.get(eventType);
        if (contract == null) {
            throw new IllegalArgumentException("Unknown event type " + eventType);
        }
        return contract;
    }

    private record Contract(String topic, Class<?> payloadType) {
    }
}
