package com.clinicnetwork.contracts;

import com.clinicnetwork.contracts.appointment.AppointmentEvent;
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

/** Which payload record each event type carries; every entry has an example in {@link ContractExamples}. */
public final class ContractCatalog {

    private static final Map<String, Class<?>> PAYLOADS = new LinkedHashMap<>();

    static {
        PAYLOADS.put(EventTypes.LOCATION_UPSERTED, LocationState.class);
        PAYLOADS.put(EventTypes.TREATMENT_UPSERTED, TreatmentState.class);
        PAYLOADS.put(EventTypes.THERAPIST_UPSERTED, TherapistState.class);
        PAYLOADS.put(EventTypes.APPOINTMENT_BOOKED, AppointmentEvent.class);
        PAYLOADS.put(EventTypes.APPOINTMENT_RESCHEDULED, AppointmentEvent.class);
        PAYLOADS.put(EventTypes.APPOINTMENT_CANCELLED, AppointmentEvent.class);
        PAYLOADS.put(EventTypes.APPOINTMENT_CHECKED_IN, AppointmentEvent.class);
        PAYLOADS.put(EventTypes.APPOINTMENT_FULFILLED, AppointmentEvent.class);
        PAYLOADS.put(EventTypes.APPOINTMENT_NO_SHOW, AppointmentEvent.class);
        PAYLOADS.put(EventTypes.WAITLIST_OFFER_MADE, WaitlistOfferMade.class);
        PAYLOADS.put(EventTypes.CLIENT_REGISTERED, ClientRegistered.class);
        PAYLOADS.put(EventTypes.CLIENT_ERASED, ClientErased.class);
        PAYLOADS.put(EventTypes.CLIENT_CONSENTS_CHANGED, ClientConsentsChanged.class);
        PAYLOADS.put(EventTypes.NOTIFICATION_SENT, NotificationOutcome.class);
        PAYLOADS.put(EventTypes.NOTIFICATION_FAILED, NotificationOutcome.class);
    }

    private ContractCatalog() {
    }

    public static Map<String, Class<?>> payloadTypes() {
        return Map.copyOf(PAYLOADS);
    }

    public static Class<?> payloadType(String eventType) {
        Class<?> type = PAYLOADS.get(eventType);
        if (type == null) {
            throw new IllegalArgumentException("Unknown event type " + eventType);
        }
        return type;
    }
}
