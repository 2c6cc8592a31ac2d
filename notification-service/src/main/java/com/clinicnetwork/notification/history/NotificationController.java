package com.clinicnetwork.notification.history;

import com.clinicnetwork.audit.AuditedRecords;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.web.PageOf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "What was sent to clients, on which channel, and whether it arrived.")
class NotificationController {

    private final NotificationHistoryRepository notifications;

    NotificationController(NotificationHistoryRepository notifications) {
        this.notifications = notifications;
    }

    /**
     * Notifications, newest first, filtered by appointment (with the confirmation of the course it belongs to) and/or
     * client. Notifications the caller may not see are left out rather than refused, so the answer never reveals that
     * they exist.
     */
    @GetMapping
    @Operation(operationId = "listNotifications", summary = "Delivery records, newest first, by appointment and/or client",
            description = "Records the caller may not see are left out rather than refused. The records of an appointment "
                    + "include the confirmation of the course it was booked in (with `seriesId`).")
    PageOf<NotificationView> list(ClinicUser user,
            @RequestParam Optional<UUID> appointmentId,
            @RequestParam Optional<UUID> clientId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            HttpServletRequest request) {
        Visibility visibility = Visibility.of(user);
        PageOf<NotificationRecord> found = notifications.search(new NotificationQuery(appointmentId, clientId, visibility), page, size);
        List<NotificationView> items = found.items().stream().map(notification -> NotificationView.of(notification, visibility)).toList();
        AuditedRecords.returned(request, "notification", items.stream().map(NotificationView::id).toList());
        return PageOf.of(items, page, size, found.totalItems());
    }
}
