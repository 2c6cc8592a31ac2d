package com.clinicnetwork.notification.delivery;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.notification.NotificationOutcome;
import com.clinicnetwork.messaging.outbox.OutboxWriter;
import com.clinicnetwork.messaging.outbox.OutgoingEvent;
import com.clinicnetwork.notification.message.AppointmentVersion;
import com.clinicnetwork.notification.message.Channel;
import com.clinicnetwork.notification.message.MessageContent;
import com.clinicnetwork.notification.observability.ReminderOccasions;
import io.micrometer.context.ContextSnapshotFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers pending notifications over their channel. Each one is sent while its row is locked
 * ({@code FOR UPDATE SKIP LOCKED}) and its outcome is committed with that lock, together with the attempt
 * record and the {@code notification.sent}/{@code notification.failed} event in the outbox, so replicas never
 * send the same message twice and a crash before the commit leaves it pending for the next pass rather than
 * losing it.
 *
 * <p>Passes run on {@code clinic.dispatch.workers} background threads: one is woken right after a consumer commits a new
 * notification, and on a fixed interval for retries, messages held back by quiet hours and notifications left behind
 * by a stopped replica. A pass that finds work asks for another, so a backlog is worked on by every worker at once;
 * the messages about one appointment still go out in order ({@link NotificationRepository#lockNextDue()}).
 */
@Component
public class Dispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final ContextSnapshotFactory CONTEXT = ContextSnapshotFactory.builder().build();

    private final NotificationRepository notifications;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final OutboxWriter outbox;
    private final TransactionTemplate transactions;
    private final RetryPolicy retryPolicy;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Timer deliveryLatency;
    private final Timer reminderDispatchLag;
    private final int workerCount;
    private final ExecutorService workers;
    /** Passes asked for and not started yet; at most one per worker, more would find nothing left to do. */
    private final AtomicInteger waitingPasses = new AtomicInteger();

    Dispatcher(NotificationRepository notifications, List<ChannelSender> senders, OutboxWriter outbox,
            TransactionTemplate transactions, DispatchProperties properties, MeterRegistry meters, Clock clock) {
        this.notifications = notifications;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.outbox = outbox;
        this.transactions = transactions;
        this.retryPolicy = properties.retry();
        this.workerCount = properties.workers();
        AtomicInteger threadNumber = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(workerCount,
                runnable -> new Thread(runnable, "notification-dispatcher-" + threadNumber.incrementAndGet()));
        this.meters = meters;
        this.clock = clock;
        this.deliveryLatency = Timer.builder("clinic.notifications.delivery.latency")
                .description("Time from a notification being due to its delivery")
                .publishPercentileHistogram()
                .register(meters);
        this.reminderDispatchLag = Timer.builder("clinic.reminders.dispatch.lag")
                .description("Time from a reminder falling due to its message being delivered")
                .publishPercentileHistogram()
                .register(meters);
    }

    /** Asks for a pass soon; requests made while every worker already has one waiting to start are merged into those. */
    public void wakeUp() {
        if (waitingPasses.getAndUpdate(waiting -> Math.min(waiting + 1, workerCount)) < workerCount) {
            try {
                // A pass woken by a consumed event continues that event's trace, so the delivery shows in it.
                workers.execute(CONTEXT.captureAll().wrap(this::pass));
            } catch (RejectedExecutionException shuttingDown) {
                // The notification stays pending; whichever replica polls next delivers it.
                waitingPasses.decrementAndGet();
            }
        }
    }

    @Scheduled(fixedDelayString = "${clinic.dispatch.poll-interval:1s}")
    void poll() {
        wakeUp();
    }

    private void pass() {
        waitingPasses.decrementAndGet();
        try {
            while (deliverNextDue() && !workers.isShutdown()) {
                wakeUp();
            }
        } catch (RuntimeException e) {
            log.warn("Notification dispatch pass failed, next poll retries: {}", e.toString());
        }
    }

    /**
     * Delivers, on the calling thread, every notification that is due by the service's clock: what a pass does on the
     * dispatcher's thread. Safe next to passes of this and other replicas (each row is locked while it is delivered).
     */
    public void deliverDue() {
        boolean delivered;
        do {
            delivered = deliverNextDue();
        } while (delivered && !workers.isShutdown());
    }

    /** @return whether a notification was due */
    private boolean deliverNextDue() {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            Optional<Notification> due = notifications.lockNextDue();
            due.ifPresent(this::deliver);
            return due.isPresent();
        }));
    }

    private void deliver(Notification notification) {
        int attempt = notification.attempts() + 1;
        ChannelSender sender = senders.get(notification.channel());
        try {
            if (sender == null) {
                throw DeliveryException.permanentFailure("No sender for channel " + notification.channel(), null);
            }
            sender.send(notification);
        } catch (DeliveryException failure) {
            recordFailure(notification, attempt, failure);
            return;
        }
        notifications.recordSent(notification);
        publish(notification, EventTypes.NOTIFICATION_SENT, "SENT", attempt, null);
        // From when it was due at first, so a message held back by quiet hours does not count as slow.
        Instant dueSince = attempt == 1 ? notification.nextAttemptAt() : notification.createdAt();
        Instant deliveredAt = clock.instant();
        deliveryLatency.record(Duration.between(dueSince, deliveredAt));
        ReminderOccasions.dueAt(notification.occasion())
                .ifPresent(reminderDue -> reminderDispatchLag.record(Duration.between(reminderDue, deliveredAt)));
        outcome(notification, "sent").increment();
        result("clinic.notifications.sent", "Notifications delivered", notification).increment();
        log.info("Notification {} ({}, {}) delivered at attempt {}", notification.id(), notification.channel(),
                notification.template(), attempt);
    }

    private void recordFailure(Notification notification, int attempt, DeliveryException failure) {
        String error = Redaction.redact(failure.getMessage());
        if (retryPolicy.afterFailure(attempt, failure.permanent()) instanceof RetryPolicy.Retry retry) {
            notifications.recordRetry(notification, error, clock.instant().plus(retry.after()));
            outcome(notification, "retry").increment();
            log.warn("Notification {} ({}) attempt {} failed ({}); retrying in {}", notification.id(), notification.channel(),
                    attempt, error, retry.after());
        } else {
            notifications.recordFailed(notification, error);
            publish(notification, EventTypes.NOTIFICATION_FAILED, "FAILED", attempt, error);
            outcome(notification, "failed").increment();
            result("clinic.notifications.failed", "Notifications given up on", notification).increment();
            log.error("Notification {} ({}) failed for good after attempt {} ({})", notification.id(), notification.channel(),
                    attempt, error);
        }
    }

    private void publish(Notification notification, String type, String status, int attempts, String error) {
        MessageContent content = notification.content();
        NotificationOutcome outcome = new NotificationOutcome(notification.id(),
                content.aboutAppointment().map(AppointmentVersion::id).orElse(null), content.visit().locationId(),
                notification.channel().name(), notification.template(), status, attempts,
                clock.instant().atOffset(ZoneOffset.UTC), error);
        outbox.append(OutgoingEvent.about(Topics.NOTIFICATIONS, type, notification.id(), outcome));
    }

    private Counter outcome(Notification notification, String outcome) {
        return Counter.builder("clinic.notifications.attempts")
                .description("Delivery attempts by channel, template and outcome")
                .tag("channel", notification.channel().name())
                .tag("template", notification.template())
                .tag("outcome", outcome)
                .register(meters);
    }

    private Counter result(String name, String description, Notification notification) {
        return Counter.builder(name)
                .description(description)
                .tag("channel", notification.channel().name())
                .tag("template", notification.template())
                .register(meters);
    }

    @Override
    public void destroy() throws InterruptedException {
        workers.shutdown();
        if (!workers.awaitTermination(15, TimeUnit.SECONDS)) {
            workers.shutdownNow();
        }
    }
}
