package com.clinicnetwork.gateway.ops;

import com.clinicnetwork.gateway.ops.deadletters.DeadLetter;
import com.clinicnetwork.gateway.ops.deadletters.DeadLetterCoordinates;
import com.clinicnetwork.gateway.ops.deadletters.DeadLetters;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The operator console's JSON API; the security chain admits only the OPERATOR role. */
@RestController
@RequestMapping("/ops")
class OpsController {

    private final OpsStatus status;
    private final DeadLetters deadLetters;

    OpsController(OpsStatus status, DeadLetters deadLetters) {
        this.status = status;
        this.deadLetters = deadLetters;
    }

    @GetMapping("/status")
    Mono<OpsStatus.Report> status() {
        return status.report();
    }

    @GetMapping("/dead-letters")
    Mono<List<DeadLetter>> deadLetters() {
        return blocking(deadLetters::list);
    }

    @PostMapping("/dead-letters/{topic}/{partition}/{offset}/replay")
    Mono<DeadLetter> replay(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset,
            Authentication operator) {
        DeadLetterCoordinates coordinates = coordinates(topic, partition, offset);
        return blocking(() -> deadLetters.replay(coordinates, operator.getName()));
    }

    @PostMapping("/dead-letters/{topic}/{partition}/{offset}/discard")
    Mono<DeadLetter> discard(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset,
            Authentication operator) {
        DeadLetterCoordinates coordinates = coordinates(topic, partition, offset);
        return blocking(() -> deadLetters.discard(coordinates, operator.getName()));
    }

    @PostMapping("/dead-letters/replay-all")
    Mono<DeadLetters.Summary> replayAll(Authentication operator) {
        return blocking(() -> deadLetters.replayAll(operator.getName()));
    }

    @PostMapping("/dead-letters/discard-all")
    Mono<DeadLetters.Summary> discardAll(Authentication operator) {
        return blocking(() -> deadLetters.discardAll(operator.getName()));
    }

    private static DeadLetterCoordinates coordinates(String topic, int partition, long offset) {
        try {
            return new DeadLetterCoordinates(topic, partition, offset);
        } catch (IllegalArgumentException e) {
            throw new OpsProblemException(HttpStatus.BAD_REQUEST, "invalid-dead-letter-coordinates",
                    "Invalid dead-letter coordinates", "Expected a *.DLT topic, a partition and an offset, none negative.");
        }
    }

    /** Kafka clients block: never on an event-loop thread. */
    static <T> Mono<T> blocking(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
    }
}
