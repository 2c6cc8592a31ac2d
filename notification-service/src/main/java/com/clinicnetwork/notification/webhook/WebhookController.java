package com.clinicnetwork.notification.webhook;

import com.clinicnetwork.idempotency.IdempotentRequests;
import com.clinicnetwork.notification.message.MessageType;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import com.clinicnetwork.servicedefaults.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Clinic admins manage the webhooks of the chain's own systems (path under /notifications so the gateway's
 * notification route covers it). The signing secret is shown once, in the answer to the creation.
 */
@RestController
@RequestMapping(WebhookController.PATH)
@Tag(name = "Webhook subscriptions", description = "Signed HTTP callbacks for message events, for the chain's own systems (admin).")
class WebhookController {

    static final String PATH = "/api/v1/notifications/webhook-subscriptions";
    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    static final String LIMIT_REACHED = "webhook-subscription-limit";

    private final WebhookSubscriptions subscriptions;
    private final WebhookSubscriptionRepository repository;
    private final WebhookTargetPolicy targets;
    private final IdempotentRequests idempotency;

    WebhookController(WebhookSubscriptions subscriptions, WebhookSubscriptionRepository repository, WebhookTargetPolicy targets,
            IdempotentRequests idempotency) {
        this.subscriptions = subscriptions;
        this.repository = repository;
        this.targets = targets;
        this.idempotency = idempotency;
    }

    /**
     * Creates a subscription; 409 once the chain has {@code clinic.webhooks.max-subscriptions} of them. A repeat with the
     * same {@code Idempotency-Key} gets the first answer, secret included, without a second subscription.
     */
    @PostMapping
    @Operation(operationId = "createWebhookSubscription", summary = "Subscribe a URL to message events")
    @ApiResponse(responseCode = "201", description = "Created, with `Location`, `ETag` and the signing `secret` (shown only here).")
    @ApiResponse(responseCode = "409", description = "`webhook-subscription-limit`: the chain has as many subscriptions as allowed (`limit`).")
    ResponseEntity<WebhookView> create(@Valid @RequestBody WebhookRequest request,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey, ClinicUser user) {
        URI url = targets.registrable(request.url());
        Set<MessageType> types = request.validTypes();
        WebhookView created = idempotency.once(idempotencyKey, user.subject(), request, WebhookView.class,
                () -> WebhookView.of(subscriptions.subscribe(url, types), true));
        return ResponseEntity.created(URI.create(PATH + "/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(created);
    }

    /** The creation has rolled back. */
    @ExceptionHandler(SubscriptionLimitReachedException.class)
    ProblemDetail limitReached(SubscriptionLimitReachedException e) {
        return new ApiProblemException(HttpStatus.CONFLICT, LIMIT_REACHED, "Webhook subscription limit reached",
                "At most " + e.limit() + " webhook subscriptions are allowed (clinic.webhooks.max-subscriptions). "
                        + "Delete one that is no longer needed first.")
                .with("limit", e.limit())
                .toProblemDetail();
    }

    @GetMapping
    @Operation(operationId = "listWebhookSubscriptions", summary = "List webhook subscriptions")
    List<WebhookView> list() {
        return repository.all().stream().map(subscription -> WebhookView.of(subscription, false)).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getWebhookSubscription", summary = "Read a webhook subscription")
    ResponseEntity<WebhookView> read(@PathVariable UUID id) {
        WebhookSubscription subscription = repository.find(id).orElseThrow(() -> ApiProblemException.notFound("Webhook subscription", id));
        return ResponseEntity.ok().eTag(ETags.of(subscription.version())).body(WebhookView.of(subscription, false));
    }

    /** Changes URL, message types or active flag; with {@code If-Match} only at that version (else 412). */
    @PutMapping("/{id}")
    @Operation(operationId = "replaceWebhookSubscription", summary = "Change a subscription's URL, message types or active flag")
    ResponseEntity<WebhookView> change(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody WebhookRequest request) {
        WebhookSubscription current = repository.find(id).orElseThrow(() -> ApiProblemException.notFound("Webhook subscription", id));
        Long expected = ETags.expectedVersion(ifMatch);
        WebhookSubscription changed = repository.update(id, expected != null ? expected : current.version(),
                        targets.registrable(request.url()), request.validTypes(),
                        request.active() == null || request.active())
                .orElseThrow(() -> ETags.stale("webhook subscription"));
        log.info("Webhook subscription {} changed", id);
        return ResponseEntity.ok().eTag(ETags.of(changed.version())).body(WebhookView.of(changed, false));
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "deleteWebhookSubscription", summary = "Delete a webhook subscription")
    @ApiResponse(responseCode = "204", description = "Deleted.")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        if (!repository.delete(id)) {
            throw ApiProblemException.notFound("Webhook subscription", id);
        }
        log.info("Webhook subscription {} deleted", id);
        return ResponseEntity.noContent().build();
    }
}
