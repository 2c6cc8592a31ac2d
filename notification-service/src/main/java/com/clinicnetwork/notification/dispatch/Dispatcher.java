package com.clinicnetwork.notification.dispatch;

import com.clinicnetwork.notification.directory.DirectoryCopy;
import com.clinicnetwork.notification.email.ConfirmationEmail;
import com.clinicnetwork.notification.email.EmailContent;
import com.clinicnetwork.notification.email.EmailSender;
import com.clinicnetwork.notification.notification.Notification;
import com.clinicnetwork.notification.notification.NotificationRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers pending notifications. Each one is sent while its row is locked ({@code FOR UPDATE SKIP LOCKED})
 * and its outcome is committed with that lock, so replicas never send the same message twice and a
 * crash before the commit leaves it pending for the next pass rather than losing it.
 *
 * <p>Passes run on one background thread: woken right after a consumer commits a new notification,
 * and on a fixed interval for retries and for notifications left behind by a stopped replica.
 */
@Component
public class Dispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final NotificationRepository notifications;
    private final DirectoryCopy directory;
    private final EmailSender email;
    private final TransactionTemplate transactions;
    private final RetryPolicy retryPolicy;
    private final MeterRegistry meters;
    private final Timer deliveryLatency;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "notification-dispatcher"));
    private final AtomicBoolean passRequested = new AtomicBoolean();

    Dispatcher(NotificationRepository notifications, DirectoryCopy directory, EmailSender email, TransactionTemplate transactions,
            DispatchProperties properties, MeterRegistry meters) {
        this.notifications = notifications;
        this.directory = directory;
        this.email = email;
        this.transactions = transactions;
        this.retryPolicy = properties.retry();
        this.meters = meters;
        this.deliveryLatency = Timer.builder("clinic.notifications.delivery.latency")
                .description("Time from a notification being recorded to its delivery")
                .publishPercentileHistogram()
                .register(meters);
    }

    /** Asks for a pass soon; requests made while one is waiting to start are merged into it. */
    public void wakeUp() {
        if (passRequested.compareAndSet(false, true)) {
            try {
                worker.execute(this::pass);
            } catch (RejectedExecutionException shuttingDown) {
                // The notification stays pending; whichever replica polls next delivers it.
            }
        }
    }

    @Scheduled(fixedDelayString = "${clinic.dispatch.poll-interval:1s}")
    void poll() {
        wakeUp();
    }

    private void pass() {
        passRequested.set(false);
        try {
            boolean delivered;
            do {
                delivered = deliverNextDue();
            } while (delivered && !worker.isShutdown());
        } catch (RuntimeException e) {
            log.warn("Notification dispatch pass failed, next poll retries: {}", e.toString());
        }
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
        try {
            email.send(notification.id(), notification.recipient(), render(notification));
        } catch (MailException failure) {
            recordFailure(notification, attempt, failure);
            return;
        }
        notifications.recordSent(notification.id());
        deliveryLatency.record(Duration.between(notification.createdAt(), Instant.now()));
        outcome(notification, "sent").increment();
    }

    private EmailContent render(Notification notification) {
        return ConfirmationEmail.render(notification,
                directory.location(notification.locationId()),
                directory.therapist(notification.therapistId()),
                directory.treatment(notification.treatmentId()));
    }

    private void recordFailure(Notification notification, int attempt, MailException failure) {
        Throwable cause = failure.getMostSpecificCause();
        String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        if (retryPolicy.afterFailure(attempt, failure) instanceof RetryPolicy.Retry retry) {
            notifications.recordRetry(notification.id(), error, retry.after());
            outcome(notification, "retry").increment();
            log.warn("Notification {} attempt {} failed ({}); retrying in {}", notification.id(), attempt,
                    cause.getClass().getSimpleName(), retry.after());
        } else {
            notifications.recordFailed(notification.id(), error);
            outcome(notification, "failed").increment();
            log.error("Notification {} failed for good after attempt {} ({})", notification.id(), attempt,
                    cause.getClass().getSimpleName());
        }
    }

    private Counter outcome(Notification notification, String outcome) {
        return Counter.builder("clinic.notifications.attempts")
                .description("Delivery attempts by channel, template and outcome")
                .tag("channel", notification.channel().name())
                .tag("template", notification.template())
                .tag("outcome", outcome)
                .register(meters);
    }

    @Override
    public void destroy() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(15, TimeUnit.SECONDS)) {
            worker.shutdownNow();
        }
    }
}
