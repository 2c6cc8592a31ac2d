package com.clinicnetwork.messaging.metrics;

import com.clinicnetwork.messaging.MessagingProperties;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Refreshes the outbox and consumer-lag gauges on a thread of its own, so a slow database or broker delays
 * neither a Prometheus scrape nor the service's scheduled jobs.
 */
public class MessagingMetricsRefresher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MessagingMetricsRefresher.class);

    private final OutboxBacklogMetrics outbox;
    private final ConsumerLagMetrics consumerLag;
    private final MessagingProperties.Metrics properties;
    private volatile ScheduledExecutorService scheduler;

    public MessagingMetricsRefresher(OutboxBacklogMetrics outbox, ConsumerLagMetrics consumerLag, MessagingProperties.Metrics properties) {
        this.outbox = outbox;
        this.consumerLag = consumerLag;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "messaging-metrics");
            thread.setDaemon(true);
            return thread;
        });
        every(properties.outboxRefreshInterval(), "outbox backlog", outbox::refresh);
        every(properties.consumerLagRefreshInterval(), "consumer lag", consumerLag::refresh);
    }

    private void every(Duration interval, String what, Refresh refresh) {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                refresh.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                // The gauges keep their last values; health and readiness report the outage itself.
                log.debug("Could not refresh the {} metrics: {}", what, e.toString());
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    @FunctionalInterface
    private interface Refresh {
        void run() throws Exception;
    }
}
