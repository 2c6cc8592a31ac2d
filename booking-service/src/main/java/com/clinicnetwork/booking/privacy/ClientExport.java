package com.clinicnetwork.booking.privacy;

import com.clinicnetwork.booking.privacy.BookingExport.ExportedOffer;
import com.clinicnetwork.booking.privacy.BookingExport.ExportedWaitlistEntry;
import com.clinicnetwork.servicedefaults.refusal.NotFoundException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The right of access (GDPR art. 15): booking-service's part of a client's export, read in one snapshot. */
@Service
class ClientExport {

    private final PrivacyRepository repository;
    private final PrivacyAccess access;
    private final ConsentDecisions consents;

    ClientExport(PrivacyRepository repository, PrivacyAccess access, ConsentDecisions consents) {
        this.repository = repository;
        this.access = access;
        this.consents = consents;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    BookingExport export(ClinicUser user, UUID clientId) {
        access.requireExport(user, clientId);
        PrivacyRepository.ClientDates dates = repository.dates(clientId)
                .orElseThrow(() -> new NotFoundException("Client", clientId));
        Map<UUID, List<ExportedOffer>> offers = repository.exportedOffers(clientId).stream()
                .collect(Collectors.groupingBy(ExportedOffer::entryId));
        List<ExportedWaitlistEntry> entries = repository.exportedWaitlistEntries(clientId).stream()
                .map(entry -> entry.withOffers(offers.getOrDefault(entry.id(), List.of())))
                .toList();
        return new BookingExport(repository.exportedClient(clientId).orElseThrow(), consents.forExport(clientId, dates),
                repository.exportedAppointments(clientId), repository.exportedCourses(clientId), entries,
                repository.exportedCheckIns(clientId), repository.exportedAuditEvents(clientId));
    }
}
