package com.clinicnetwork.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceReplicasTest {

    @Test
    void oneOfEachUnlessToldOtherwise() {
        ServiceReplicas replicas = ServiceReplicas.fromEnvironment(Map.of());

        assertThat(ServiceReplicas.REPLICABLE).allSatisfy(service -> assertThat(replicas.of(service)).isEqualTo(1));
        assertThat(replicas.of("gateway")).isEqualTo(1);
    }

    @Test
    void everyServiceAtOnceAndOneServiceOnItsOwn() {
        ServiceReplicas replicas = ServiceReplicas.fromEnvironment(Map.of("CLINIC_REPLICAS", "2", "BOOKING_SERVICE_REPLICAS", "3"));

        assertThat(replicas.of("therapist-service")).isEqualTo(2);
        assertThat(replicas.of("notification-service")).isEqualTo(2);
        assertThat(replicas.of("booking-service")).isEqualTo(3);
        assertThat(replicas.several("booking-service")).isTrue();
        assertThat(replicas.of("web-app")).isEqualTo(1);
    }

    @Test
    void aCountThatIsNoNumberOrOutOfRangeNamesTheVariable() {
        assertThatThrownBy(() -> ServiceReplicas.fromEnvironment(Map.of("CLINIC_REPLICAS", "two")))
                .hasMessage("CLINIC_REPLICAS must be a number of processes between 1 and 5, got: two");
        assertThatThrownBy(() -> ServiceReplicas.fromEnvironment(Map.of("NOTIFICATION_SERVICE_REPLICAS", "0")))
                .hasMessage("NOTIFICATION_SERVICE_REPLICAS must be a number of processes between 1 and 5, got: 0");
        assertThatThrownBy(() -> ServiceReplicas.fromEnvironment(Map.of("THERAPIST_SERVICE_REPLICAS", "6")))
                .hasMessageStartingWith("THERAPIST_SERVICE_REPLICAS must be");
    }

    @Test
    void onlyTheServicesBehindTheGatewayHaveReplicas() {
        assertThatThrownBy(() -> new ServiceReplicas(Map.of("web-app", 2)))
                .hasMessageContaining("web-app runs once");
    }

    @Test
    void theFirstReplicaKeepsTheServicesNameAndPortAndTheOthersAreNumbered() {
        assertThat(ServiceReplicas.processName("booking-service", 1)).isEqualTo("booking-service");
        assertThat(ServiceReplicas.processName("booking-service", 2)).isEqualTo("booking-service-2");
        assertThat(ServiceReplicas.parse("booking-service-2")).isEqualTo(new ServiceReplicas.Replica("booking-service", 2));
        assertThat(ServiceReplicas.parse("booking-service")).isEqualTo(new ServiceReplicas.Replica("booking-service", 1));
        assertThat(ServiceReplicas.parse("notification-service-3").processName()).isEqualTo("notification-service-3");
        assertThat(ServiceReplicas.parse("web-app")).isEqualTo(new ServiceReplicas.Replica("web-app", 1));
        assertThat(ServiceReplicas.port(8082, 1)).isEqualTo(8082);
        assertThat(ServiceReplicas.port(8082, 3)).isEqualTo(8282);
    }
}
