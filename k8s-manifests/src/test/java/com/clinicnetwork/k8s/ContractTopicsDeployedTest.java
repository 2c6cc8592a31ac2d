package com.clinicnetwork.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.contracts.Topics;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every topic of the event contract and its dead-letter topic exists wherever the platform is deployed. The services
 * may not create topics there (Strimzi owns them in Kubernetes, the init script in docker compose), so a topic missing
 * from either means its events can be neither published nor read.
 */
class ContractTopicsDeployedTest {

    static Stream<RenderedOverlay> overlays() throws IOException, InterruptedException {
        return RenderedOverlay.both().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void kubernetesHasAKafkaTopicForEveryContractTopicAndItsDeadLetters(RenderedOverlay overlay) {
        List<String> deployed = overlay.ofKind("KafkaTopic").stream()
                .map(topic -> (String) Objects.requireNonNullElse(topic.at("spec", "topicName"), topic.name()))
                .toList();

        assertThat(deployed).containsAll(contractTopicsWithDeadLetters());
    }

    @Test
    void dockerComposesInitScriptCreatesEveryContractTopic() throws IOException {
        String script = Files.readString(ExternalTool.REPOSITORY.resolve("docker/kafka/init-topics-and-acls.sh"));

        assertThat(contractTopics()).allSatisfy(topic -> assertThat(script).contains("=" + topic + "\n"));
    }

    private static List<String> contractTopicsWithDeadLetters() {
        List<String> topics = new ArrayList<>();
        contractTopics().forEach(topic -> {
            topics.add(topic);
            topics.add(Topics.deadLetterOf(topic));
        });
        return topics;
    }

    /** The public topic names of the contract (Topics' constants). */
    private static List<String> contractTopics() {
        List<String> topics = new ArrayList<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    topics.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        assertThat(topics).as("contract topics").hasSizeGreaterThanOrEqualTo(4);
        return topics;
    }
}
