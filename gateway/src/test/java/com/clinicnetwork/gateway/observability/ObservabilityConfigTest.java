package com.clinicnetwork.gateway.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The docker compose observability files: Prometheus scrapes every service, the alert rules and the
 * Grafana dashboard parse, and every metric they read is one the platform exports (the services'
 * business metrics, Spring's HTTP metrics, JVM and process metrics) or Prometheus's own {@code up}.
 */
@SuppressWarnings("unchecked")
class ObservabilityConfigTest {

    private static final Path DOCKER = Path.of("..", "docker");

    /**
     * The platform's business metrics as Prometheus names them: dots to underscores, the base unit appended
     * (backlog in events, lag in records), counters with _total.
     */
    private static final Set<String> PLATFORM_METRICS = Set.of(
            "clinic_outbox_backlog_events", "clinic_outbox_oldest_age_seconds", "clinic_consumer_lag_records", "clinic_deadletters_total",
            "clinic_bookings_total", "clinic_notifications_sent_total", "clinic_notifications_failed_total",
            "clinic_notifications_attempts_total");
    /** Timers: Prometheus exposes _count, _sum, _max (and _bucket with histograms). */
    private static final Set<String> TIMERS = Set.of(
            "clinic_availability_search_seconds", "clinic_reminders_dispatch_lag_seconds", "clinic_notifications_delivery_latency_seconds",
            "http_server_requests_seconds");
    private static final Pattern STANDARD = Pattern.compile("(jvm|process|system|executor|disk|logback|hikaricp|jdbc)_[a-z0-9_]+|up");

    private final JsonMapper json = JsonMapper.builder().build();

    static boolean known(String metric) {
        if (PLATFORM_METRICS.contains(metric) || STANDARD.matcher(metric).matches()) {
            return true;
        }
        return TIMERS.stream().anyMatch(timer -> List.of("_count", "_sum", "_max", "_bucket").stream()
                .anyMatch(suffix -> metric.equals(timer + suffix)));
    }

    @Test
    void prometheusScrapesEveryServiceTheGatewayAndTheOperatorConsoleAndLoadsTheAlertRules() throws IOException {
        Map<String, Object> config = yaml("prometheus/prometheus.yml");

        assertThat((List<String>) config.get("rule_files")).containsExactly("/etc/prometheus/alerts.yml");
        List<String> targets = new ArrayList<>();
        for (Map<String, Object> job : list(config.get("scrape_configs"))) {
            assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
            for (Map<String, Object> staticConfig : list(job.get("static_configs"))) {
                targets.addAll((List<String>) staticConfig.get("targets"));
            }
        }
        assertThat(targets).containsExactlyInAnyOrder("therapist-service:8080", "booking-service:8080",
                "notification-service:8080", "gateway:8080", "ops-console:8080");
    }

    @Test
    void alertRulesCoverTheAgreedSituationsAndReadOnlyKnownMetrics() throws IOException {
        Map<String, Object> rules = yaml("prometheus/alerts.yml");

        Map<String, String> alerts = new LinkedHashMap<>();
        for (Map<String, Object> group : list(rules.get("groups"))) {
            for (Map<String, Object> rule : list(group.get("rules"))) {
                assertThat(rule).containsKeys("alert", "expr", "labels", "annotations");
                assertThat((Map<String, Object>) rule.get("annotations")).containsKeys("summary", "description");
                alerts.put((String) rule.get("alert"), (String) rule.get("expr"));
            }
        }

        assertThat(alerts).containsOnlyKeys("ServiceDown", "ReplicaDown", "OutboxEventsStuck", "ConsumerLagHigh",
                "DeadLettersGrowing", "RemindersLate", "HighServerErrorRate");
        assertThat(PromQlMetrics.in(alerts.get("ReplicaDown"))).containsExactly("up");
        assertThat(PromQlMetrics.in(alerts.get("RemindersLate"))).containsExactly("clinic_reminders_dispatch_lag_seconds_bucket");
        assertThat(PromQlMetrics.in(alerts.get("OutboxEventsStuck"))).containsExactly("clinic_outbox_oldest_age_seconds");
        assertThat(PromQlMetrics.in(alerts.get("ConsumerLagHigh"))).containsExactly("clinic_consumer_lag_records");
        assertThat(PromQlMetrics.in(alerts.get("DeadLettersGrowing"))).containsExactly("clinic_deadletters_total");
        assertThat(PromQlMetrics.in(alerts.get("HighServerErrorRate"))).containsExactly("http_server_requests_seconds_count");
        assertThat(PromQlMetrics.in(alerts.get("ServiceDown"))).containsExactly("up");
    }

    @Test
    void theDashboardShowsTheBookingToNotificationFlowFromKnownMetrics() throws IOException {
        JsonNode dashboard = json.readTree(Files.readString(DOCKER.resolve("grafana/dashboards/booking-flow.json")));

        assertThat(dashboard.get("uid").asString()).isEqualTo("clinic-booking-flow");
        Set<String> used = new TreeSet<>();
        for (JsonNode panel : dashboard.get("panels")) {
            assertThat(panel.at("/datasource/uid").asString()).as(panel.get("title").asString()).isEqualTo("prometheus");
            assertThat(panel.get("targets")).as(panel.get("title").asString()).isNotEmpty();
            for (JsonNode target : panel.get("targets")) {
                Set<String> metrics = PromQlMetrics.in(target.get("expr").asString());
                assertThat(metrics).as(panel.get("title").asString() + ": " + target.get("expr").asString())
                        .isNotEmpty().allMatch(ObservabilityConfigTest::known);
                used.addAll(metrics);
            }
        }
        // Every business signal of the flow has a panel.
        assertThat(used).contains("clinic_bookings_total", "clinic_availability_search_seconds_sum", "clinic_outbox_backlog_events",
                "clinic_outbox_oldest_age_seconds", "clinic_consumer_lag_records", "clinic_deadletters_total",
                "clinic_notifications_sent_total", "clinic_notifications_failed_total",
                "clinic_reminders_dispatch_lag_seconds_sum", "clinic_notifications_delivery_latency_seconds_sum",
                "http_server_requests_seconds_count");
    }

    @Test
    void grafanaIsProvisionedWithThePrometheusDatasourceTheDashboardUses() throws IOException {
        Map<String, Object> datasources = yaml("grafana/provisioning/datasources/prometheus.yml");
        assertThat(list(datasources.get("datasources"))).singleElement().satisfies(datasource -> {
            assertThat(datasource).containsEntry("uid", "prometheus").containsEntry("type", "prometheus")
                    .containsEntry("url", "http://prometheus:9090");
        });
        Map<String, Object> dashboards = yaml("grafana/provisioning/dashboards/clinic.yml");
        assertThat(list(dashboards.get("providers"))).singleElement()
                .satisfies(provider -> assertThat((Map<String, Object>) provider.get("options"))
                        .containsEntry("path", "/var/lib/grafana/dashboards"));
    }

    @Test
    void theCollectorReceivesOtlpAndExportsTracesToJaeger() throws IOException {
        Map<String, Object> collector = yaml("otel/collector.yml");
        Map<String, Object> traces = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) collector.get("service"))
                .get("pipelines")).get("traces");
        assertThat((List<String>) traces.get("receivers")).containsExactly("otlp");
        assertThat((List<String>) traces.get("exporters")).containsExactly("otlp/jaeger");
        assertThat((Map<String, Object>) ((Map<String, Object>) collector.get("exporters")).get("otlp/jaeger"))
                .containsEntry("endpoint", "jaeger:4317");
    }

    @Test
    void findsTheMetricsOfAnExpression() {
        assertThat(PromQlMetrics.in("sum by (service, status) (rate(http_server_requests_seconds_count{status=~\"5..\"}[5m])) / 2"))
                .containsExactly("http_server_requests_seconds_count");
        assertThat(PromQlMetrics.in("max(clinc_outbox_backlog) > 1e3")).containsExactly("clinc_outbox_backlog");
        assertThat(known("clinc_outbox_backlog")).isFalse();
        assertThat(known("clinic_bookings")).isFalse();
        assertThat(known("jvm_memory_used_bytes")).isTrue();
    }

    private static Map<String, Object> yaml(String file) throws IOException {
        return new Yaml().load(Files.readString(DOCKER.resolve(file)));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
