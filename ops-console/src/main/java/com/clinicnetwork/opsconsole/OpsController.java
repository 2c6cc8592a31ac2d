package com.clinicnetwork.opsconsole;

import com.clinicnetwork.opsconsole.deadletters.DeadLetter;
import com.clinicnetwork.opsconsole.deadletters.DeadLetterCoordinates;
import com.clinicnetwork.opsconsole.deadletters.DeadLetters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Operations", description = "The operator console's API (role OPERATOR): health, Kafka topics and lag, dead letters.")
class OpsController {

    private final OpsStatus status;
    private final DeadLetters deadLetters;

    OpsController(OpsStatus status, DeadLetters deadLetters) {
        this.status = status;
        this.deadLetters = deadLetters;
    }

    @GetMapping("/status")
    @Operation(operationId = "getOperationsStatus", summary = "Services' health and version, topics with lag, dead letters, recent notification failures, throughput")
    Mono<OpsStatus.Report> status() {
        return status.report();
    }

    @GetMapping("/dead-letters")
    @Operation(operationId = "listDeadLetters", summary = "The newest dead letters of every *.DLT topic, without key or payload")
    Mono<List<DeadLetter>> deadLetters() {
        return blocking(deadLetters::list);
    }

    @PostMapping("/dead-letters/{topic}/{partition}/{offset}/replay")
    @Operation(operationId = "replayDeadLetter", summary = "Produce a dead letter back to its topic")
    @ApiResponse(responseCode = "409", description = "Already handled.")
    Mono<DeadLetter> replay(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset,
            Authentication operator) {
        DeadLetterCoordinates coordinates = coordinates(topic, partition, offset);
        return blocking(() -> deadLetters.replay(coordinates, operator.getName()));
    }

    @PostMapping("/dead-letters/{topic}/{partition}/{offset}/discard")
    @Operation(operationId = "discardDeadLetter", summary = "Record that a dead letter is not to be replayed")
    @ApiResponse(responseCode = "409", description = "Already handled.")
    Mono<DeadLetter> discard(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset,
            Authentication operator) {
        DeadLetterCoordinates coordinates = coordinates(topic, partition, offset);
        return blocking(() -> deadLetters.discard(coordinates, operator.getName()));
    }

    @PostMapping("/dead-letters/replay-all")
    @Operation(operationId = "replayAllDeadLetters", summary = "Replay every pending listed dead letter, oldest first")
    Mono<DeadLetters.Summary> replayAll(Authentication operator) {
        return blocking(() -> deadLetters.replayAll(operator.getName()));
    }

    @PostMapping("/dead-letters/discard-all")
    @Operation(operationId = "discardAllDeadLetters", summary = "Discard every pending listed dead letter")
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
